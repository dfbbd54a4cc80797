package org.dinexplorer.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.bench.SyntheticBatches;
import org.dinexplorer.model.bench.VocabPreset;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.InMemoryBatchSource;
import org.dinexplorer.model.explain.AttentionInspector;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.train.DinTrainer;
import org.dinexplorer.model.train.TrainingListener;
import org.dinexplorer.model.train.TrainingResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network the model module has never heard of, {@link MeanHistoryLogisticNetwork}, becomes a full citizen by one
 * registration: the normal trainer trains it, model files save and load it, and code that needs a capability it
 * lacks says so.
 */
class RegisteredNetworkTest {

    private static final FeatureSchema SCHEMA = SyntheticBatches.schema(VocabPreset.DEMO, 10);

    @BeforeAll
    static void registerTheNetwork() {
        NetworkRegistry.register(MeanHistoryLogisticNetwork.VARIANT, MeanHistoryLogisticNetwork::new);
    }

    /** Samples whose click follows the context field {@code pid} (click rate 0.9 at pid 2, 0.1 elsewhere). */
    private static InMemoryBatchSource source(int size, long seed) {
        Batch batch = SyntheticBatches.random(SCHEMA, size, new SplittableRandom(seed), false);
        SplittableRandom random = new SplittableRandom(seed + 1);
        int pid = SCHEMA.adFields().indexOf("pid");
        for (int s = 0; s < batch.size(); s++) {
            batch.labels()[s] = random.nextDouble() < (batch.adFeatures()[pid][s] == 2 ? 0.9 : 0.1) ? 1f : 0f;
        }
        return new InMemoryBatchSource(SCHEMA, batch);
    }

    private static DinConfig config() {
        return DinConfig.defaults(MeanHistoryLogisticNetwork.VARIANT).withBatchSize(64).withEpochs(3)
                .withThreads(1).withLearningRate(0.05).withEvaluation(0, 0, GaucWeighting.IMPRESSIONS);
    }

    @Test
    void theRegistryListsTheNewVariantAfterTheBuiltInOnes() {
        assertThat(NetworkRegistry.variants()).startsWith(ModelVariant.DIN, ModelVariant.BASE, ModelVariant.LR)
                .contains(MeanHistoryLogisticNetwork.VARIANT);
    }

    @Test
    void theNormalTrainerTrainsTheRegisteredNetworkAndItLearns() {
        DinTrainer trainer = new DinTrainer(config(), SCHEMA, 3);
        TrainingResult result = trainer.train(source(4096, 1), source(2048, 2), TrainingListener.NONE, () -> false);

        assertThat(trainer.model().network()).isInstanceOf(MeanHistoryLogisticNetwork.class);
        List<Double> losses = result.epochs().stream().map(e -> e.trainLoss()).toList();
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0));
        assertThat(result.epochs().get(losses.size() - 1).validation().auc()).isGreaterThan(0.75);
    }

    @Test
    void aModelFileOfTheRegisteredNetworkLoadsAndPredictsTheSame(@TempDir Path dir) {
        DinTrainer trainer = new DinTrainer(config().withEpochs(1), SCHEMA, 4);
        trainer.train(source(512, 5), null, TrainingListener.NONE, () -> false);
        Batch batch = source(16, 6).ordered(16).next();
        Path file = dir.resolve("model.zip");

        ModelFile.save(file, trainer.model(), "fixture", null, true);
        DinModel loaded = ModelFile.load(file, "fixture").model();

        assertThat(loaded.network()).isInstanceOf(MeanHistoryLogisticNetwork.class);
        assertThat(loaded.predict(batch)).containsExactly(trainer.model().predict(batch));
    }

    @Test
    void attentionInspectionRefusesANetworkWithoutPerBehaviorWeights() {
        DinModel model = new DinModel(config(), SCHEMA, 7);
        Batch batch = source(4, 8).ordered(4).next();

        assertThat(model.network().historyReadout()).isEmpty();
        assertThatThrownBy(() -> AttentionInspector.inspect(model, batch))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEAN_HISTORY_LR");
    }
}
