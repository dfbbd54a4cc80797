package org.dinexplorer.storage.overview;

import java.util.List;

/**
 * What the imported data holds, for the dataset overview.
 *
 * @param impressionCount   rows in {@code impressions}
 * @param adCount           rows in {@code ads}
 * @param userCount         rows in {@code users} (profiles)
 * @param behaviorCount     rows in {@code behaviors}
 * @param distinctUsers     distinct users among impressions
 * @param distinctAds       distinct ads among impressions
 * @param distinctCategories distinct categories among ads and behaviours
 * @param distinctBrands    distinct non-missing brands among ads and behaviours
 * @param impressionDays    clicks and impressions per Asia/Shanghai day, oldest first
 * @param behaviorDays      behaviours per Asia/Shanghai day and type, oldest first
 */
public record DataOverview(long impressionCount, long adCount, long userCount, long behaviorCount, long distinctUsers,
                           long distinctAds, long distinctCategories, long distinctBrands,
                           List<ImpressionDay> impressionDays, List<BehaviorDay> behaviorDays) {

    /** Copies the lists. */
    public DataOverview {
        impressionDays = List.copyOf(impressionDays);
        behaviorDays = List.copyOf(behaviorDays);
    }

    /** True when nothing has been imported. */
    public boolean isEmpty() {
        return impressionCount == 0 && adCount == 0 && userCount == 0 && behaviorCount == 0;
    }

    /**
     * Impressions of one day.
     *
     * @param day             ISO date in Asia/Shanghai
     * @param impressionCount impressions that day
     * @param clickCount      clicked impressions that day
     */
    public record ImpressionDay(String day, long impressionCount, long clickCount) {

        /** Click-through rate of the day, 0 when there were no impressions. */
        public double ctr() {
            return impressionCount == 0 ? 0 : (double) clickCount / impressionCount;
        }
    }

    /**
     * Behaviours of one day by type.
     *
     * @param day       ISO date in Asia/Shanghai
     * @param pvCount   page views
     * @param cartCount add-to-cart events
     * @param favCount  favourites
     * @param buyCount  purchases
     */
    public record BehaviorDay(String day, long pvCount, long cartCount, long favCount, long buyCount) {
    }
}
