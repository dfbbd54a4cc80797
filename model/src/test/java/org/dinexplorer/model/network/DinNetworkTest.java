package org.dinexplorer.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.dinexplorer.model.TestData;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.explain.AttentionInspector;
import org.dinexplorer.model.explain.AttentionMap;
import org.dinexplorer.model.explain.SampleAttention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DinNetworkTest {

    @ParameterizedTest
    @ValueSource(strings = {"DIN", "BASE", "LR"})
    void predictsOneProbabilityStrictlyInsideZeroOnePerSample(ModelVariant variant) {
        DinModel model = new DinModel(TestData.tinyConfig(variant, ActivationKind.DICE), TestData.tinySchema(), 3);
        float[] p = model.predict(TestData.fourSamples());
        assertThat(p).hasSize(4);
        for (float v : p) {
            assertThat(v).isGreaterThan(0f).isLessThan(1f);
        }
    }

    @Test
    void probabilitiesStayInsideZeroOneForHugeLogits() {
        DinModel model = new DinModel(TestData.tinyConfig(ModelVariant.LR, ActivationKind.PRELU),
                TestData.tinySchema(), 3);
        model.network().params().forEach(p -> java.util.Arrays.fill(p.value(), 1000f));
        for (float v : model.predict(TestData.fourSamples())) {
            assertThat(v).isGreaterThan(0f).isLessThan(1f);
        }
    }

    @Test
    void paddedPositionsGetWeightZeroAndAnEmptyHistoryGivesAZeroInterestVector() {
        DinModel model = new DinModel(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU),
                TestData.tinySchema(), 4);
        Batch batch = TestData.fourSamples();
        AttentionMap map = AttentionInspector.inspect(model, batch);
        SampleAttention second = map.samples().get(1);
        assertThat(second.weights()[0]).isZero();
        assertThat(second.weights()[1]).isZero();
        assertThat(second.weights()[2]).isNotZero();
        assertThat(map.samples().get(2).weights()).containsOnly(0f);
        assertThat(model.network().historyReadout().orElseThrow().interest(2)).containsOnly(0f);
        assertThat(model.network().historyReadout().orElseThrow().interest(0)).isNotEqualTo(new float[8]);
    }

    @Test
    void attentionReadOutIsTheWeightOfTheForwardPassThatProducedTheScore() {
        DinModel model = new DinModel(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU),
                TestData.tinySchema(), 5);
        Batch batch = TestData.fourSamples();
        AttentionMap map = AttentionInspector.inspect(model, batch);
        float[] predicted = model.predict(batch);
        SparseEmbeddingTable cate = table(model, FeatureSchema.CATE_TABLE);
        SparseEmbeddingTable brand = table(model, FeatureSchema.BRAND_TABLE);
        for (int s = 0; s < batch.size(); s++) {
            SampleAttention a = map.samples().get(s);
            assertThat(a.probability()).isEqualTo(predicted[s]);
            float[] expected = new float[8];
            for (int pos = 0; pos < 4; pos++) {
                float[] c = new float[4];
                float[] b = new float[4];
                cate.gather(a.histCate()[pos], c, 0);
                brand.gather(a.histBrand()[pos], b, 0);
                for (int d = 0; d < 4; d++) {
                    expected[d] += a.weights()[pos] * c[d];
                    expected[4 + d] += a.weights()[pos] * b[d];
                }
            }
            float[] interest = model.network().historyReadout().orElseThrow().interest(s);
            for (int d = 0; d < 8; d++) {
                assertThat(interest[d]).isCloseTo(expected[d], within(1e-6f));
            }
        }
    }

    @Test
    void predictionsDoNotDependOnTheOtherSamplesOfTheBatch() {
        DinModel model = new DinModel(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.DICE),
                TestData.tinySchema(), 6);
        Batch batch = TestData.fourSamples();
        float[] all = model.predict(batch);
        Batch firstOnly = new Batch(1, 4, new int[][] {{2}, {1}}, new int[][] {{2}, {2}, {2}},
                new float[] {0.1f}, new int[] {2, 3, 4, 5}, new int[] {2, 3, 4, 5}, new int[] {2, 3, 4, 5},
                new int[] {259_200, 86_400, 3_600, 60}, new int[] {4}, new float[] {1}, new long[] {10}, new long[] {100});
        assertThat(model.predict(firstOnly)[0]).isEqualTo(all[0]);
    }

    @Test
    void theTimeGapReachesTheScoreOnlyWithTheHistoryContext() {
        Batch batch = TestData.fourSamples();
        int[] older = batch.histAge().clone();
        for (int i = 0; i < older.length; i++) {
            older[i] = older[i] == 0 ? 0 : older[i] * 50;
        }
        Batch aged = new Batch(batch.size(), batch.historyLength(), batch.userFeatures(), batch.adFeatures(),
                batch.price(), batch.histCate(), batch.histBrand(), batch.histBtag(), older, batch.historyLengths(),
                batch.labels(), batch.userIds(), batch.sampleIds());
        DinConfig with = TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU);
        DinModel context = new DinModel(with, TestData.tinySchema(), 9);
        DinModel plain = new DinModel(with.withHistoryContext(false), TestData.tinySchema(), 9);

        assertThat(context.predict(aged)[0]).isNotEqualTo(context.predict(batch)[0]);
        assertThat(context.predict(aged)[2]).as("no history").isEqualTo(context.predict(batch)[2]);
        assertThat(plain.predict(aged)).isEqualTo(plain.predict(batch));
    }

    @Test
    void refusesABatchOfAnotherShapeAndAnIndexOutsideItsTable() {
        DinModel model = new DinModel(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU),
                TestData.tinySchema(), 7);
        Batch longer = new Batch(1, 5, new int[][] {{2}, {1}}, new int[][] {{2}, {2}, {2}}, new float[1],
                new int[5], new int[5], new int[5], new int[5], new int[] {0}, new float[1], new long[1], new long[1]);
        assertThatThrownBy(() -> model.predict(longer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history length 4");
        Batch outside = new Batch(1, 4, new int[][] {{99}, {1}}, new int[][] {{2}, {2}, {2}}, new float[1],
                new int[4], new int[4], new int[4], new int[4], new int[] {0}, new float[1], new long[1], new long[1]);
        assertThatThrownBy(() -> model.predict(outside)).hasMessageContaining("userid");
    }

    private static SparseEmbeddingTable table(DinModel model, String name) {
        return model.network().tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
