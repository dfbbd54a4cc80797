package org.dinexplorer.model.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the model's inputs as arrays outside the app: the {@code .npy} files that {@code export-dataset} writes
 * and the inputs of an exported ONNX graph, so that each exported array feeds the input of the same name. N is the
 * number of samples and L the history length; every id array holds embedding-table rows (int32), as {@link Batch}.
 */
public final class ModelInputs {

    /** {@code [N]} float32: the standardised price ({@link Batch#price()}). */
    public static final String PRICE = "price";
    /** {@code [N, L]} int32 rows of the {@code cate_id} table, left-padded with 0. */
    public static final String HIST_CATE = "hist_cate";
    /** {@code [N, L]} int32 rows of the {@code brand} table, left-padded with 0. */
    public static final String HIST_BRAND = "hist_brand";
    /** {@code [N, L]} int32 rows of the {@code btag} table, left-padded with 0. */
    public static final String HIST_BTAG = "hist_btag";
    /** {@code [N, L]} int32 rows of the {@code time_gap} table ({@link TimeGapBuckets#row}), 0 at padding. */
    public static final String HIST_TIME_GAP = "hist_time_gap";
    /** {@code [N]} int32: real behaviours per sample, 0..L (they sit at the last positions of the row). */
    public static final String HIST_LENGTH = "hist_length";

    private static final String INDEX_SUFFIX = "_index";

    private ModelInputs() {
    }

    /** {@code [N]} int32 rows of a categorical field's table, e.g. {@code userid_index}, {@code pid_index}. */
    public static String field(String fieldId) {
        return fieldId + INDEX_SUFFIX;
    }

    /**
     * Every input of a model on {@code schema}, in a fixed order: user fields, ad fields, price, the history arrays
     * and the history lengths. {@link #HIST_TIME_GAP} is included only with the history context.
     */
    public static List<String> all(FeatureSchema schema, boolean historyContext) {
        List<String> names = new ArrayList<>();
        schema.userFields().forEach(f -> names.add(field(f)));
        schema.adFields().forEach(f -> names.add(field(f)));
        names.addAll(List.of(PRICE, HIST_CATE, HIST_BRAND, HIST_BTAG));
        if (historyContext) {
            names.add(HIST_TIME_GAP);
        }
        names.add(HIST_LENGTH);
        return names;
    }
}
