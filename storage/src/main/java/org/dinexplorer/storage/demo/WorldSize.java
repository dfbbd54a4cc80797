package org.dinexplorer.storage.demo;

/**
 * How large a demo world is: row targets, entity counts, the share of users with a profile and the id range each kind
 * of id is drawn from ({@code 1..max}). Row targets are met roughly: per-user counts are drawn at random.
 *
 * @param userCount       users (each gets at least one impression and one behaviour)
 * @param impressionCount target rows of raw_sample.csv
 * @param behaviorCount   target organic rows of behavior_log.csv (click-induced page views come on top, about 0.1 %)
 * @param adCount         ads, the rows of ad_feature.csv
 * @param cateCount       distinct categories
 * @param brandCount      distinct brands, at least {@code cateCount} (every category has a brand)
 * @param campaignCount   distinct campaigns
 * @param customerCount   distinct customers (advertisers)
 * @param profileShare    share of users with a row in user_profile.csv, in (0, 1]
 * @param maxUserId       largest user id
 * @param maxAdgroupId    largest adgroup id
 * @param maxCateId       largest category id
 * @param maxBrandId      largest brand id
 * @param maxCampaignId   largest campaign id
 * @param maxCustomerId   largest customer id
 */
public record WorldSize(int userCount, int impressionCount, int behaviorCount, int adCount, int cateCount,
                        int brandCount, int campaignCount, int customerCount, double profileShare, int maxUserId,
                        int maxAdgroupId, int maxCateId, int maxBrandId, int maxCampaignId, int maxCustomerId) {

    /** Checks that every count is positive and fits its id range. */
    public WorldSize {
        requireIn("userCount", userCount, maxUserId);
        requireIn("adCount", adCount, maxAdgroupId);
        requireIn("cateCount", cateCount, maxCateId);
        requireIn("brandCount", brandCount, maxBrandId);
        requireIn("campaignCount", campaignCount, maxCampaignId);
        requireIn("customerCount", customerCount, maxCustomerId);
        if (impressionCount < 1 || behaviorCount < 1) {
            throw new IllegalArgumentException("impressionCount and behaviorCount must be positive");
        }
        if (brandCount < cateCount) {
            throw new IllegalArgumentException("brandCount " + brandCount + " is below cateCount " + cateCount);
        }
        if (!(profileShare > 0 && profileShare <= 1)) {
            throw new IllegalArgumentException("profileShare must be in (0, 1], was " + profileShare);
        }
    }

    /**
     * A world whose ids are drawn from the ranges of the real files (user ids up to 1,141,729, adgroup ids up to
     * 846,811 and so on), so smaller worlds still have Taobao-looking ids; 92 % of users have a profile.
     */
    static WorldSize withRealIdRanges(int users, int impressions, int behaviors, int ads, int cates, int brands,
                                      int campaigns, int customers) {
        return new WorldSize(users, impressions, behaviors, ads, cates, brands, campaigns, customers, 0.92,
                1_141_729, 846_811, 12_960, 461_497, 423_436, 255_875);
    }

    /** A world whose ids are dense: every id from 1 to the count is used. */
    static WorldSize withDenseIds(int users, int impressions, int behaviors, int ads, int cates, int brands,
                                  int campaigns, int customers, double profileShare) {
        return new WorldSize(users, impressions, behaviors, ads, cates, brands, campaigns, customers, profileShare,
                users, ads, cates, brands, campaigns, customers);
    }

    /**
     * This world with every row target, count and id range multiplied by {@code scale} and rounded; counts stay at
     * least 1 and brands at least as many as categories. Scale 1 returns this world unchanged.
     *
     * @param scale in (0, 1]
     * @throws IllegalArgumentException if the scale is outside (0, 1]
     */
    public WorldSize scaled(double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("Scale must be greater than 0 and at most 1, was " + scale + ".");
        }
        if (scale == 1) {
            return this;
        }
        int cates = scale(cateCount, scale);
        int brands = Math.max(cates, scale(brandCount, scale));
        return new WorldSize(scale(userCount, scale), scale(impressionCount, scale), scale(behaviorCount, scale),
                scale(adCount, scale), cates, brands, scale(campaignCount, scale), scale(customerCount, scale),
                profileShare, scale(maxUserId, scale), scale(maxAdgroupId, scale), scale(maxCateId, scale),
                Math.max(brands, scale(maxBrandId, scale)), scale(maxCampaignId, scale), scale(maxCustomerId, scale));
    }

    private static int scale(int value, double scale) {
        return (int) Math.max(1, Math.round(value * scale));
    }

    private static void requireIn(String name, int count, int maxId) {
        if (count < 1 || count > maxId) {
            throw new IllegalArgumentException(name + " must be in 1.." + maxId + ", was " + count);
        }
    }
}
