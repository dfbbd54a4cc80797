package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed alone decides the bytes. */
class DemoDataDeterminismTest {

    private static final List<String> FILES = List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv",
            "behavior_log.csv", "truth.csv", "dirty-manifest.csv", "preset.json", "README.txt");

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path third;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        DemoTestFiles.generate(first, 7, true);
        DemoTestFiles.generate(second, 7, true);
        for (String file : FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        DemoTestFiles.generate(first, 7, false);
        DemoTestFiles.generate(second, 8, false);
        for (String file : List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv", "behavior_log.csv")) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void gzipHoldsExactlyThePlainBytesAndIsItselfReproducible() throws IOException {
        DemoTestFiles.generate(first, 3, false);
        GenerationConfig gzip = new GenerationConfig(second, DemoPreset.TINY, 3, false, true);
        new DemoDataGenerator().generate(gzip, GenerationListener.NONE, () -> false);
        new DemoDataGenerator().generate(new GenerationConfig(third, DemoPreset.TINY, 3, false, true),
                GenerationListener.NONE, () -> false);
        for (String file : List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv", "behavior_log.csv",
                "truth.csv")) {
            assertThat(Files.exists(second.resolve(file))).as(file).isFalse();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(second.resolve(file + ".gz")))) {
                assertThat(in.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
            }
            assertThat(Files.mismatch(second.resolve(file + ".gz"), third.resolve(file + ".gz"))).isEqualTo(-1L);
        }
    }
}
