package org.dinexplorer.storage.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four Taobao files DIN Explorer imports, recognised by file name, with the header each must have. Declared in the
 * order a folder is imported: the small lookup files first.
 */
public enum FileRole {
    /** {@code ad_feature.csv}: one row per ad, stored in {@code ads}. */
    AD_FEATURE("ad_feature", "ads", List.of("adgroup_id", "cate_id", "campaign_id", "customer", "brand", "price")),
    /** {@code user_profile.csv}: one row per user, stored in {@code users}. */
    USER_PROFILE("user_profile", "users", List.of("userid", "cms_segid", "cms_group_id", "final_gender_code",
            "age_level", "pvalue_level", "shopping_level", "occupation", "new_user_class_level")),
    /** {@code raw_sample.csv}: ad impressions with click labels, stored in {@code impressions}. */
    RAW_SAMPLE("raw_sample", "impressions", List.of("user", "time_stamp", "adgroup_id", "pid", "nonclk", "clk")),
    /** {@code behavior_log.csv}: page views, carts, favourites and buys, stored in {@code behaviors}. */
    BEHAVIOR_LOG("behavior_log", "behaviors", List.of("user", "time_stamp", "btag", "cate", "brand"));

    private final String stem;
    private final String table;
    private final List<String> columns;

    FileRole(String stem, String table, List<String> columns) {
        this.stem = stem;
        this.table = table;
        this.columns = columns;
    }

    /** The file name without extension, also the value stored in {@code import_batches.file_role}. */
    public String stem() {
        return stem;
    }

    /** The table the rows go to. */
    public String table() {
        return table;
    }

    /** The expected header column names, in order. */
    public List<String> columns() {
        return columns;
    }

    /** The expected header as it appears in the file, e.g. {@code user, time_stamp, adgroup_id}. */
    public String headerText() {
        return String.join(", ", columns);
    }

    /**
     * Recognises a file by its name: {@code <stem>.csv} or {@code <stem>.csv.gz}, case-insensitive.
     *
     * @return the role, or empty if the name is not one of the four Taobao files
     */
    public static Optional<FileRole> detect(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (FileRole role : values()) {
            if (lower.equals(role.stem + ".csv") || lower.equals(role.stem + ".csv.gz")) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code file} is gzip-compressed, judged by its {@code .gz} extension. */
    static boolean isGzip(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
