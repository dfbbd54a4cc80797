package org.dinexplorer.model.data;

/**
 * One sequence of the behaviour history: a row of the {@link Batch} per sample ({@link Batch#history}) whose cells
 * index the embedding table {@code table}.
 *
 * @param name      the sequence's name: {@code hist_<name>} is its array outside the app ({@link ModelInputs})
 * @param table     embedding table its ids index
 * @param candidate whether attention compares it with the candidate ad's field of the same table (the query side);
 *                  a sequence that is not compared describes the behaviour (its type) and enters the network as a
 *                  mean, and with the history context as a part of each key
 */
public record HistorySequence(String name, String table, boolean candidate) {

    /** Categories of the behaviours, compared with the candidate's {@code cate_id}. */
    public static final HistorySequence CATE = new HistorySequence("cate", FeatureSchema.CATE_TABLE, true);
    /** Brands of the behaviours, compared with the candidate's {@code brand}. */
    public static final HistorySequence BRAND = new HistorySequence("brand", FeatureSchema.BRAND_TABLE, true);
    /** Behaviour types (pv, cart, fav, buy). */
    public static final HistorySequence BTAG = new HistorySequence("btag", FeatureSchema.BTAG_TABLE, false);
}
