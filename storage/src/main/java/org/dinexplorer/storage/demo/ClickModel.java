package org.dinexplorer.storage.demo;

/**
 * The planted click model. The click probability of an impression is a logistic function of
 * <ul>
 *   <li>how strongly the candidate ad's category and, separately, its brand match the user's behaviours strictly
 *       before the impression: each matching behaviour adds its type weight (cart, fav and buy count more than pv)
 *       times {@code exp(-age / 2 days)}; at most the 200 latest behaviours of the last 14 days count, and the sums
 *       enter through {@code log(1 + s)};</li>
 *   <li>mild effects of the user's profile (age, gender, purchasing power), the ad position (pid), the ad's price and
 *       a hidden per-ad quality;</li>
 *   <li>a hidden per-user propensity.</li>
 * </ul>
 * The history term depends on the specific candidate matching specific past behaviours, so a model that attends to
 * the history can beat one that only pools it. The intercept is calibrated per world (see {@link ClickCalibration})
 * so that the overall CTR is near 5 %, whatever the density of behaviours.
 */
final class ClickModel {

    /** Intercept before calibration; close to the calibrated value for the presets. */
    static final double DEFAULT_INTERCEPT = -4.8;
    private static final double CATE_WEIGHT = 1.1;
    private static final double BRAND_WEIGHT = 0.7;
    private static final double[] TAG_WEIGHT = {1.0, 3.0, 2.5, 2.0};
    private static final double DECAY_SECONDS = 2.0 * TaobaoFormat.DAY_SECONDS;
    private static final int LOOKBACK_SECONDS = 14 * (int) TaobaoFormat.DAY_SECONDS;
    private static final int MAX_SCANNED = 200;
    private static final double[] PID_EFFECT = {0.1, -0.15};
    private static final double PRICE_EFFECT = -0.08;
    private static final double MEDIAN_PRICE_LOG = Math.log(150.0);

    private final UserPopulation users;
    private final AdCatalog catalog;
    private final double intercept;

    ClickModel(UserPopulation users, AdCatalog catalog, double intercept) {
        this.users = users;
        this.catalog = catalog;
        this.intercept = intercept;
    }

    double intercept() {
        return intercept;
    }

    /** True click probability of showing {@code ad} at position {@code pid} to the log's user at {@code time}. */
    double probability(UserLog log, int ad, int pid, int time) {
        double logit = intercept + users.propensity(log.user) + profileEffect(log.user) + PID_EFFECT[pid]
                + catalog.adQuality(ad) + priceEffect(ad) + historyEffect(log, ad, time);
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    private double historyEffect(UserLog log, int ad, int time) {
        int cate = catalog.adCate(ad);
        int brand = catalog.adBrand(ad);
        double[] sums = new double[2];
        int scanned = 0;
        for (int i = log.firstOrganicAtOrAfter(time) - 1; i >= 0 && scanned < MAX_SCANNED; i--, scanned++) {
            if (time - log.behaviorTime[i] > LOOKBACK_SECONDS) {
                break;
            }
            addMatch(log, i, cate, brand, time, sums);
        }
        for (int i = log.organicCount; i < log.behaviorCount; i++) {
            if (log.behaviorTime[i] < time) {
                addMatch(log, i, cate, brand, time, sums);
            }
        }
        return CATE_WEIGHT * Math.log1p(sums[0]) + BRAND_WEIGHT * Math.log1p(sums[1]);
    }

    private static void addMatch(UserLog log, int i, int cate, int brand, int time, double[] sums) {
        boolean cateMatch = log.behaviorCate[i] == cate;
        boolean brandMatch = brand >= 0 && log.behaviorBrand[i] == brand;
        if (cateMatch || brandMatch) {
            double weight = TAG_WEIGHT[log.behaviorTag[i]] * Math.exp(-(time - log.behaviorTime[i]) / DECAY_SECONDS);
            if (cateMatch) {
                sums[0] += weight;
            }
            if (brandMatch) {
                sums[1] += weight;
            }
        }
    }

    private double profileEffect(int u) {
        if (!users.hasProfile(u)) {
            return 0.0;
        }
        int age = users.profileField(u, 3);
        int gender = users.profileField(u, 2);
        int pvalue = users.profileField(u, 4);
        double effect = age == 2 || age == 3 ? 0.15 : 0.0;
        effect += gender == 2 ? 0.1 : 0.0;
        effect += pvalue == 3 ? 0.15 : pvalue == 1 ? -0.1 : 0.0;
        return effect;
    }

    private double priceEffect(int ad) {
        return PRICE_EFFECT * (Math.log(catalog.adPriceCents(ad) / 100.0) - MEDIAN_PRICE_LOG);
    }
}
