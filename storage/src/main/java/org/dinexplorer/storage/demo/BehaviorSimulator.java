package org.dinexplorer.storage.demo;

import java.util.SplittableRandom;

/**
 * Simulates a user's organic browsing over the 22 behaviour days as sessions. Most sessions stay in one of the user's
 * interest categories, chosen with a weight that peaks around that interest's peak day (so interests drift and recent
 * behaviours say more than old ones), and favour the interest's preferred brand; the rest explore popular categories.
 * Interest sessions convert (cart, fav, buy) more often than exploring ones; pv dominates overall.
 */
final class BehaviorSimulator {

    static final int PV = 0;
    private static final double INTEREST_SESSION_SHARE = 0.8;
    private static final double PREFERRED_BRAND_SHARE = 0.55;
    private static final double NULL_BRAND_SHARE = 0.03;
    private static final double INTEREST_WIDTH_DAYS = 4.0;
    private static final double MEAN_SESSION_LENGTH = 6.0;
    private static final double MEAN_GAP_SECONDS = 50.0;
    private static final WeightedChoice INTEREST_TAG = WeightedChoice.of(new double[] {0.88, 0.05, 0.04, 0.03});
    private static final WeightedChoice EXPLORE_TAG = WeightedChoice.of(new double[] {0.96, 0.02, 0.015, 0.005});

    private final UserPopulation users;
    private final AdCatalog catalog;

    BehaviorSimulator(UserPopulation users, AdCatalog catalog) {
        this.users = users;
        this.catalog = catalog;
    }

    /** Adds user {@code u}'s planned number of organic behaviours to {@code log}, sorted by time. */
    void simulate(SplittableRandom rng, int u, UserLog log) {
        int planned = users.plannedBehaviors(u);
        int[] cates = users.interestCates(u);
        int[] brands = users.interestBrands(u);
        double[] peaks = users.interestPeakDays(u);
        double[] weights = new double[cates.length];
        while (log.behaviorCount < planned) {
            int day = rng.nextInt(DemoClock.BEHAVIOR_DAYS);
            int time = DemoClock.momentOnDay(rng, day);
            int interest = rng.nextDouble() < INTEREST_SESSION_SHARE ? drawInterest(rng, peaks, day, weights) : -1;
            int cate = interest >= 0 ? cates[interest] : catalog.drawCate(rng);
            int length = Math.min(planned - log.behaviorCount, 1 + geometric(rng, MEAN_SESSION_LENGTH - 1));
            for (int i = 0; i < length; i++) {
                int brand = interest >= 0 && rng.nextDouble() < PREFERRED_BRAND_SHARE
                        ? brands[interest] : catalog.drawBrandOf(rng, cate);
                if (rng.nextDouble() < NULL_BRAND_SHARE) {
                    brand = -1;
                }
                int tag = (interest >= 0 ? INTEREST_TAG : EXPLORE_TAG).next(rng);
                log.addBehavior(DemoClock.clamp(time), tag, cate, brand);
                time += 5 + geometric(rng, MEAN_GAP_SECONDS);
            }
        }
        log.sortOrganic();
    }

    private static int drawInterest(SplittableRandom rng, double[] peaks, int day, double[] weights) {
        double sum = 0;
        for (int k = 0; k < peaks.length; k++) {
            weights[k] = 0.15 + Math.exp(-Math.abs(day + 0.5 - peaks[k]) / INTEREST_WIDTH_DAYS);
            sum += weights[k];
        }
        double pick = rng.nextDouble() * sum;
        for (int k = 0; k < peaks.length; k++) {
            pick -= weights[k];
            if (pick < 0) {
                return k;
            }
        }
        return peaks.length - 1;
    }

    /** A geometric count with the given mean (number of failures before a success). */
    static int geometric(SplittableRandom rng, double mean) {
        double p = 1.0 / (mean + 1.0);
        return (int) Math.floor(Math.log(1.0 - rng.nextDouble()) / Math.log(1.0 - p));
    }
}
