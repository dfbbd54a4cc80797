package org.dinexplorer.model.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes the inputs of a CTR model: the categorical user and ad fields, the embedding tables they index and the
 * history length. Field ids are the Taobao column names ({@code userid}, {@code cate_id}, {@code pid}, ...).
 *
 * <p>The history is fixed to three sequences that share tables with ad fields: {@code histCate} indexes the
 * {@code cate_id} table, {@code histBrand} the {@code brand} table and {@code histBtag} its own {@code btag} table.
 * Index 0 is padding and index 1 is "unknown" in every table, so every vocabulary size is at least 2.
 *
 * @param userFields      user-side categorical field ids, in the column order of {@link Batch#userFeatures()}
 * @param adFields        ad-side categorical field ids (including context such as {@code pid}), in the column order
 *                        of {@link Batch#adFeatures()}; must contain {@code cate_id} and {@code brand}
 * @param vocabularySizes rows of each embedding table, by table id (a field id, or {@code btag}); each at least 2
 * @param historyLength   behaviours kept per sample, 1 to 1000
 */
public record FeatureSchema(List<String> userFields, List<String> adFields, Map<String, Integer> vocabularySizes,
                            int historyLength) {

    /** Table shared by the ad's category and the history's categories. */
    public static final String CATE_TABLE = "cate_id";
    /** Table shared by the ad's brand and the history's brands. */
    public static final String BRAND_TABLE = "brand";
    /** Table of behaviour types (pv, cart, fav, buy). */
    public static final String BTAG_TABLE = "btag";
    /** Table of time gaps between a behaviour and the impression, {@link TimeGapBuckets#ROWS} rows. */
    public static final String TIME_GAP_TABLE = "time_gap";

    /** Validates the schema; see the record description for the rules. */
    public FeatureSchema {
        userFields = List.copyOf(userFields);
        adFields = List.copyOf(adFields);
        vocabularySizes = Map.copyOf(vocabularySizes);
        if (!adFields.contains(CATE_TABLE) || !adFields.contains(BRAND_TABLE)) {
            throw new IllegalArgumentException("adFields must contain cate_id and brand, got " + adFields);
        }
        if (historyLength < 1 || historyLength > 1000) {
            throw new IllegalArgumentException("historyLength must be 1..1000, got " + historyLength);
        }
        for (String field : concat(userFields, adFields, List.of(BTAG_TABLE))) {
            Integer size = vocabularySizes.get(field);
            if (size == null || size < 2) {
                throw new IllegalArgumentException("vocabulary size of '" + field + "' must be at least 2, got " + size);
            }
        }
    }

    /** Rows of the embedding table {@code table}; throws if the schema has no such table. */
    public int vocabularySize(String table) {
        return Objects.requireNonNull(vocabularySizes.get(table), () -> "no embedding table '" + table + "'");
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        var all = new java.util.ArrayList<String>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }
}
