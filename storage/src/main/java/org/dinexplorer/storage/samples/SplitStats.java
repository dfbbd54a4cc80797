package org.dinexplorer.storage.samples;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Size of one split.
 *
 * @param sampleCount impressions in the split
 * @param clickCount  clicked impressions
 * @param userCount   distinct users
 * @param firstDay    first Asia/Shanghai day with a sample, null when the split is empty
 * @param lastDay     last Asia/Shanghai day with a sample, null when the split is empty
 */
public record SplitStats(long sampleCount, long clickCount, long userCount, @Nullable LocalDate firstDay,
                         @Nullable LocalDate lastDay) {

    /** Click-through rate, 0 for an empty split. */
    public double ctr() {
        return sampleCount == 0 ? 0 : (double) clickCount / sampleCount;
    }
}
