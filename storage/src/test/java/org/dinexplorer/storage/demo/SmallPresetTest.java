package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small preset meets its targets (about 110 MB written and read back: too slow for the default build). */
@Tag("slow")
class SmallPresetTest {

    @TempDir
    Path dir;

    @Test
    void smallPresetHitsItsSizesCtrAndOracleAuc() {
        GenerationReport report = new DemoDataGenerator().generate(GenerationConfig.of(dir, DemoPreset.SMALL, 42),
                GenerationListener.NONE, () -> false);
        assertThat(report.userCount()).isEqualTo(20_000);
        assertThat(report.impressionCount()).isBetween(285_000L, 315_000L);
        assertThat(report.behaviorCount()).isBetween(2_500_000L, 2_600_000L);
        assertThat(report.ctr()).isBetween(0.045, 0.055);
        List<String[]> raw = DemoTestFiles.rows(dir.resolve("raw_sample.csv"));
        List<String[]> truth = DemoTestFiles.rows(dir.resolve("truth.csv"));
        int[] labels = raw.stream().mapToInt(row -> Integer.parseInt(row[5])).toArray();
        double[] probabilities = truth.stream().mapToDouble(row -> Double.parseDouble(row[4])).toArray();
        assertThat(DemoTestFiles.auc(labels, probabilities)).isGreaterThan(0.8);
    }
}
