package org.dinexplorer.model;

import java.util.List;
import java.util.Map;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;

/** Small schemas, configs and hand-made batches shared by the model tests. */
public final class TestData {

    private TestData() {
    }

    /** Two user fields, three ad fields (cate, brand, pid), history of 4. */
    public static FeatureSchema tinySchema() {
        return new FeatureSchema(List.of("userid", "age_level"), List.of("adgroup_id", "cate_id", "brand"),
                Map.of("userid", 12, "age_level", 5, "adgroup_id", 10, "cate_id", 8, "brand", 9, "btag", 6), 4);
    }

    /** A small, fast network configuration. */
    public static DinConfig tinyConfig(ModelVariant variant, ActivationKind activation) {
        return DinConfig.defaults(variant).withNetwork(4, List.of(6, 3), List.of(8, 4), activation)
                .withBatchSize(4).withThreads(1);
    }

    /**
     * Four samples on the tiny schema with history lengths 4, 2, 0 and 1 (left-padded with zeros).
     */
    public static Batch fourSamples() {
        int[][] user = {{2, 3, 4, 2}, {1, 2, 3, 4}};
        int[][] ad = {{2, 3, 4, 5}, {2, 3, 4, 5}, {2, 3, 4, 5}};
        int[] cate = {2, 3, 4, 5, 0, 0, 6, 7, 0, 0, 0, 0, 0, 0, 0, 3};
        int[] brand = {2, 3, 4, 5, 0, 0, 6, 7, 0, 0, 0, 0, 0, 0, 0, 8};
        int[] btag = {2, 3, 4, 5, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0, 4};
        int[] age = {259_200, 86_400, 3_600, 60, 0, 0, 7_200, 600, 0, 0, 0, 0, 0, 0, 0, 30};
        return new Batch(4, 4, user, ad, new float[] {0.1f, 0.5f, -0.3f, 1f}, cate, brand, btag, age,
                new int[] {4, 2, 0, 1}, new float[] {1, 0, 0, 1}, new long[] {10, 11, 12, 10},
                new long[] {100, 101, 102, 103});
    }
}
