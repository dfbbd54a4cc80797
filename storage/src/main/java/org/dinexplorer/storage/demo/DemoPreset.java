package org.dinexplorer.storage.demo;

import java.util.Locale;

/**
 * The sizes of the demo worlds the generator can build. Row counts are targets: per-user counts are drawn at random,
 * so the files hold roughly, not exactly, these numbers of impressions and behaviours.
 */
public enum DemoPreset {
    /** About 2 k users; generates in about a second, for tests and a first look. */
    TINY(WorldSize.withRealIdRanges(2_000, 30_000, 200_000, 4_000, 200, 1_500, 2_400, 1_200)),
    /**
     * About 8 k users, 120 k impressions and 1 M behaviours: the smallest world whose test day (about 14 k
     * impressions) separates DIN from the baseline every time; the headless demo's default.
     */
    MINI(WorldSize.withRealIdRanges(8_000, 120_000, 1_000_000, 16_000, 400, 4_000, 9_600, 4_800)),
    /** About 20 k users, 300 k impressions and 2.5 M behaviours. */
    SMALL(WorldSize.withRealIdRanges(20_000, 300_000, 2_500_000, 40_000, 800, 10_000, 24_000, 12_000)),
    /** About 100 k users, 2.6 M impressions and 25 M behaviours (roughly 1 GB of CSV). */
    MEDIUM(WorldSize.withRealIdRanges(100_000, 2_600_000, 25_000_000, 150_000, 3_000, 40_000, 90_000, 45_000)),
    /**
     * The size of the public Taobao display-ad dataset: 1,141,729 users (1,061,768 with a profile), 26.6 M
     * impressions, 723 M behaviours, 846,811 ads, 12,978 categories, 461,529 brands, 423,438 campaigns and 255,877
     * customers, with dense ids (1 up to each count; about 23 GB of CSV); usually generated with a scale.
     */
    TAOBAO(WorldSize.withDenseIds(1_141_729, 26_557_961, 723_268_134, 846_811, 12_978, 461_529, 423_438, 255_877,
            1_061_768 / 1_141_729.0));

    private final WorldSize size;

    DemoPreset(WorldSize size) {
        this.size = size;
    }

    /** Counts and id ranges of this preset's world at full scale. */
    public WorldSize size() {
        return size;
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
        throw new IllegalArgumentException("Unknown preset '" + name + "'; use tiny, mini, small, medium or taobao.");
    }
}
