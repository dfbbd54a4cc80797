package org.dinexplorer.storage.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate and where.
 *
 * @param outputDir folder that receives the files; created if missing; files of the same names are replaced
 * @param preset    size of the world
 * @param seed      master seed; the same seed and preset give byte-identical files
 * @param dirty     whether to inject bad rows and write {@code dirty-manifest.csv}
 * @param gzip      whether to gzip the four Taobao files and {@code truth.csv} (names get a {@code .gz} suffix)
 */
public record GenerationConfig(Path outputDir, DemoPreset preset, long seed, boolean dirty, boolean gzip) {

    /** Checks that folder and preset are given. */
    public GenerationConfig {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(preset, "preset");
    }

    /** A plain (clean, uncompressed) configuration. */
    public static GenerationConfig of(Path outputDir, DemoPreset preset, long seed) {
        return new GenerationConfig(outputDir, preset, seed, false, false);
    }
}
