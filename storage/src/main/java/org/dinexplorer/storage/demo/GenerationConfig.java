package org.dinexplorer.storage.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate and where.
 *
 * @param outputDir folder that receives the files; created if missing; files of the same names are replaced
 * @param preset    size of the world
 * @param scale     share of the preset's rows, counts and id ranges to generate, in (0, 1]; 1 is the preset itself
 * @param seed      master seed; the same seed, preset and scale give byte-identical files
 * @param dirty     whether to inject bad rows and write {@code dirty-manifest.csv}
 * @param gzip      whether to gzip the four Taobao files and {@code truth.csv} (names get a {@code .gz} suffix)
 */
public record GenerationConfig(Path outputDir, DemoPreset preset, double scale, long seed, boolean dirty,
                               boolean gzip) {

    /**
     * Checks that folder and preset are given and the scale is in range.
     *
     * @throws IllegalArgumentException if the scale is outside (0, 1]
     */
    public GenerationConfig {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(preset, "preset");
        // scaling checks the range and that the scaled world is valid, before any file is written
        preset.size().scaled(scale);
    }

    /** The preset at full scale. */
    public GenerationConfig(Path outputDir, DemoPreset preset, long seed, boolean dirty, boolean gzip) {
        this(outputDir, preset, 1, seed, dirty, gzip);
    }

    /** A plain (clean, uncompressed) configuration of the preset at full scale. */
    public static GenerationConfig of(Path outputDir, DemoPreset preset, long seed) {
        return new GenerationConfig(outputDir, preset, seed, false, false);
    }

    /** The world to generate: the preset's size times the scale. */
    public WorldSize world() {
        return preset.size().scaled(scale);
    }
}
