package org.dinexplorer.storage.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation produced. Counts are of valid rows only; injected bad rows are counted in {@code dirtyRowCount}.
 *
 * @param outputDir       the folder written
 * @param preset          the preset used
 * @param scale           the share of the preset generated, in (0, 1]
 * @param seed            the master seed used
 * @param dirty           whether bad rows were injected
 * @param files           every file written, in writing order
 * @param userCount       users that have impressions
 * @param profileCount    users with a row in user_profile.csv
 * @param adCount         ads in ad_feature.csv
 * @param impressionCount valid impressions in raw_sample.csv
 * @param clickCount      valid impressions with {@code clk = 1}
 * @param behaviorCount   valid behaviours in behavior_log.csv
 * @param dirtyRowCount   injected bad rows over all files (lines of dirty-manifest.csv)
 * @param clickIntercept  intercept of the planted click model, calibrated for a CTR near 5 %
 * @param elapsedMillis   wall-clock time of the generation
 */
public record GenerationReport(Path outputDir, DemoPreset preset, double scale, long seed, boolean dirty,
                               List<GeneratedFile> files, long userCount, long profileCount, long adCount,
                               long impressionCount, long clickCount, long behaviorCount, long dirtyRowCount,
                               double clickIntercept, long elapsedMillis) {

    /** Freezes the file list. */
    public GenerationReport {
        files = List.copyOf(files);
    }

    /** Click-through rate of the valid impressions, 0 if there are none. */
    public double ctr() {
        return impressionCount == 0 ? 0.0 : (double) clickCount / impressionCount;
    }
}
