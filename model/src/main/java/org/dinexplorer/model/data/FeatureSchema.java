package org.dinexplorer.model.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes the inputs of a CTR model: the categorical user and ad fields, the embedding tables they index, the
 * history's sequences and the history length. Field ids are the Taobao column names ({@code userid},
 * {@code cate_id}, {@code pid}, ...).
 *
 * <p>The history has the sequences of {@link #historySequences()}: categories and brands, which share their tables
 * with the ad fields of the same name, and behaviour types in their own {@code btag} table. They are the same for
 * every data set this app reads and are not a record component, so schemas in model files keep their form; code that
 * walks the history reads them from here instead of naming them. Index 0 is padding and index 1 is "unknown" in
 * every table, so every vocabulary size is at least 2.
 *
 * @param userFields      user-side categorical field ids, in the column order of {@link Batch#userFeatures()}
 * @param adFields        ad-side categorical field ids (including context such as {@code pid}), in the column order
 *                        of {@link Batch#adFeatures()}; must contain the table of every history sequence compared
 *                        with the candidate ({@code cate_id} and {@code brand})
 * @param vocabularySizes rows of each embedding table, by table id (a field id, or a history sequence's table such
 *                        as {@code btag}); each at least 2
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

    private static final List<HistorySequence> HISTORY = List.of(HistorySequence.CATE, HistorySequence.BRAND,
            HistorySequence.BTAG);

    /** Validates the schema; see the record description for the rules. */
    public FeatureSchema {
        userFields = List.copyOf(userFields);
        adFields = List.copyOf(adFields);
        vocabularySizes = Map.copyOf(vocabularySizes);
        for (HistorySequence sequence : HISTORY) {
            if (sequence.candidate() && !adFields.contains(sequence.table())) {
                throw new IllegalArgumentException("adFields must contain " + sequence.table() + ", the table of the "
                        + "history's " + sequence.name() + " sequence; got " + adFields);
            }
        }
        if (historyLength < 1 || historyLength > 1000) {
            throw new IllegalArgumentException("historyLength must be 1..1000, got " + historyLength);
        }
        for (String field : concat(userFields, adFields, HISTORY.stream().map(HistorySequence::table).toList())) {
            Integer size = vocabularySizes.get(field);
            if (size == null || size < 2) {
                throw new IllegalArgumentException("vocabulary size of '" + field + "' must be at least 2, got " + size);
            }
        }
    }

    /**
     * The sequences of the behaviour history, in key order: those compared with the candidate ad first
     * ({@code cate}, {@code brand}), then those that describe a behaviour ({@code btag}).
     */
    public List<HistorySequence> historySequences() {
        return HISTORY;
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
