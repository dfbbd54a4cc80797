package org.dinexplorer.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.bench.SyntheticBatches;
import org.dinexplorer.model.bench.VocabPreset;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.InMemoryBatchSource;
import org.junit.jupiter.api.Test;

/**
 * When a click depends on whether the candidate's category appears in the history, DIN's attention can find the
 * matching behaviour while mean pooling blurs it: DIN must clearly beat the baseline on held-out samples. The best
 * possible AUC on this data is about 0.9 (labels are flipped with probability 0.1).
 */
class LearnabilityTest {

    @Test
    void dinBeatsTheBaselineWhenTheClickDependsOnTheHistory() {
        FeatureSchema demo = SyntheticBatches.schema(VocabPreset.DEMO, 20);
        Map<String, Integer> sizes = new HashMap<>(demo.vocabularySizes());
        sizes.put(FeatureSchema.CATE_TABLE, 52);
        FeatureSchema schema = new FeatureSchema(demo.userFields(), demo.adFields(), sizes, 20);
        InMemoryBatchSource train = new InMemoryBatchSource(schema,
                SyntheticBatches.categoryMatch(schema, 8192, 1000, 21));
        InMemoryBatchSource test = new InMemoryBatchSource(schema,
                SyntheticBatches.categoryMatch(schema, 4096, 500, 22));
        double din = heldOutAuc(ModelVariant.DIN, schema, train, test);
        double base = heldOutAuc(ModelVariant.BASE, schema, train, test);
        assertThat(din).isGreaterThan(0.8);
        assertThat(din).isGreaterThan(base + 0.1);
    }

    private static double heldOutAuc(ModelVariant variant, FeatureSchema schema, InMemoryBatchSource train,
                                     InMemoryBatchSource test) {
        DinConfig config = DinConfig.defaults(variant).withNetwork(8, List.of(32, 16), List.of(64, 32),
                        ActivationKind.PRELU).withBatchSize(256).withEpochs(10).withThreads(1).withLearningRate(0.01)
                .withEvaluation(0, 0, GaucWeighting.IMPRESSIONS);
        TrainingResult result = new DinTrainer(config, schema, 1).train(train, test, TrainingListener.NONE,
                () -> false);
        return result.epochs().get(result.epochs().size() - 1).validation().auc();
    }
}
