package org.dinexplorer.storage.demo;

import java.util.Locale;

/**
 * The sizes of the demo worlds the generator can build. Row counts are targets: per-user counts are drawn at random,
 * so the files hold roughly, not exactly, these numbers of impressions and behaviours.
 */
public enum DemoPreset {
    /** About 2 k users; generates in about a second, for tests and a first look. */
    TINY(2_000, 30_000, 200_000, 4_000, 200, 1_500),
    /**
     * About 8 k users, 120 k impressions and 1 M behaviours: the smallest world whose test day (about 14 k
     * impressions) separates DIN from the baseline every time; the headless demo's default.
     */
    MINI(8_000, 120_000, 1_000_000, 16_000, 400, 4_000),
    /** About 20 k users, 300 k impressions and 2.5 M behaviours. */
    SMALL(20_000, 300_000, 2_500_000, 40_000, 800, 10_000),
    /** About 100 k users, 2.6 M impressions and 25 M behaviours (roughly 1 GB of CSV). */
    MEDIUM(100_000, 2_600_000, 25_000_000, 150_000, 3_000, 40_000);

    private final int userCount;
    private final int impressionCount;
    private final int behaviorCount;
    private final int adCount;
    private final int cateCount;
    private final int brandCount;

    DemoPreset(int userCount, int impressionCount, int behaviorCount, int adCount, int cateCount, int brandCount) {
        this.userCount = userCount;
        this.impressionCount = impressionCount;
        this.behaviorCount = behaviorCount;
        this.adCount = adCount;
        this.cateCount = cateCount;
        this.brandCount = brandCount;
    }

    /** Users in the world (each gets at least one impression and one behaviour). */
    public int userCount() {
        return userCount;
    }

    /** Target number of impressions (rows of raw_sample.csv). */
    public int impressionCount() {
        return impressionCount;
    }

    /** Target number of organic behaviours (rows of behavior_log.csv, before click-induced page views). */
    public int behaviorCount() {
        return behaviorCount;
    }

    /** Ads in the catalogue (rows of ad_feature.csv). */
    public int adCount() {
        return adCount;
    }

    /** Distinct categories. */
    public int cateCount() {
        return cateCount;
    }

    /** Distinct brands. */
    public int brandCount() {
        return brandCount;
    }

    /** The lower-case name used on the command line and in preset.json, e.g. {@code tiny}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds the preset with the given name, ignoring case.
     *
     * @throws IllegalArgumentException naming the allowed values if there is none
     */
    public static DemoPreset fromName(String name) {
        for (DemoPreset preset : values()) {
            if (preset.name().equalsIgnoreCase(name.trim())) {
                return preset;
            }
        }
        throw new IllegalArgumentException("Unknown preset '" + name + "'; use tiny, mini, small or medium.");
    }
}
