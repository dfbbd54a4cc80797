package org.dinexplorer.storage.samples;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a dataset build produced.
 *
 * @param fingerprint        SHA-256 (hex) of everything the samples depend on
 * @param config             the settings it was built with (test day filled in)
 * @param testDay            the test day actually used
 * @param splits             size of each split
 * @param userCount          distinct users with impressions
 * @param adCount            distinct ads with impressions
 * @param behaviorCount      behaviours read from the database
 * @param keptBehaviorCount  behaviours kept because some history needs them
 * @param vocabularySizes    rows of each table (index 0 and 1 included), in schema order
 * @param priceMean          mean of log1p(price) over training impressions
 * @param priceStd           standard deviation of log1p(price) over training impressions (1 if it was 0)
 * @param buildMillis        wall time of the build
 */
public record DatasetSummary(String fingerprint, DatasetConfig config, LocalDate testDay, Map<Split, SplitStats> splits,
                             long userCount, long adCount, long behaviorCount, long keptBehaviorCount,
                             Map<String, Integer> vocabularySizes, double priceMean, double priceStd,
                             long buildMillis) {

    /** Freezes the maps. */
    public DatasetSummary {
        splits = Map.copyOf(splits);
        vocabularySizes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vocabularySizes));
    }

    /** Size of one split. */
    public SplitStats split(Split split) {
        return splits.get(split);
    }
}
