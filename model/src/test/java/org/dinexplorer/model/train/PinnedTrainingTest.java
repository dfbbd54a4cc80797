package org.dinexplorer.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dinexplorer.model.bench.SyntheticBatches;
import org.dinexplorer.model.bench.VocabPreset;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.InMemoryBatchSource;
import org.dinexplorer.model.eval.EvaluationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded single-thread run is a fixed function of seed, data and config: each network trains for six steps on
 * generated samples (every table used, histories of every length) and must give exactly the step losses,
 * validation metrics and predictions recorded here, to the last bit. The values were recorded once from the
 * networks as they were; any change to a forward pass, a backward pass, the initialisation order or the optimizer
 * shows up here.
 */
class PinnedTrainingTest {

    private static final FeatureSchema SCHEMA = SyntheticBatches.schema(VocabPreset.DEMO, 6);

    /**
     * Six steps of 16 samples whose click follows the context field {@code pid}, so the weights really move; five
     * users, so that GAUC is defined.
     */
    private static InMemoryBatchSource source(long seed) {
        Batch batch = SyntheticBatches.random(SCHEMA, 96, new SplittableRandom(seed), false);
        SplittableRandom random = new SplittableRandom(seed + 100);
        int pid = SCHEMA.adFields().indexOf("pid");
        for (int s = 0; s < batch.size(); s++) {
            batch.labels()[s] = random.nextDouble() < (batch.adFeatures()[pid][s] == 2 ? 0.8 : 0.2) ? 1f : 0f;
            batch.userIds()[s] = s % 5;
        }
        return new InMemoryBatchSource(SCHEMA, batch);
    }

    private static DinConfig config(ModelVariant variant) {
        return DinConfig.defaults(variant).withNetwork(4, List.of(6, 3), List.of(8, 4), ActivationKind.PRELU)
                .withBatchSize(16).withEpochs(1).withThreads(1).withLearningRate(0.01)
                .withEvaluation(3, 0, GaucWeighting.IMPRESSIONS);
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("DIN, defaults", config(ModelVariant.DIN),
                        new double[] {0.700323423521236, 0.6919600883790463, 0.6906980708850291, 0.7009744197089891,
                            0.6918469116482664, 0.6972157320948805},
                        new double[] {0.6152844116369952, 0.6160113035113035, 0.623031224095054, 0.6897271040275638,
                            0.49128275519857806, 0.6955031077062412, 0.6160113035113035},
                        new float[] {0.48134306f, 0.4927207f, 0.48135877f, 0.4983487f, 0.4845304f, 0.4895941f,
                            0.48615983f, 0.48827252f}),
                Arguments.of("DIN, Dice, softmax, paper keys, frequency-adaptive L2",
                        config(ModelVariant.DIN).withNetwork(4, List.of(6, 3), List.of(8, 4), ActivationKind.DICE)
                                .withOptions(true, PoolingMode.MEAN, 0.01).withHistoryContext(false)
                                .withFrequencyAdaptiveL2(true),
                        new double[] {0.6975703226432941, 0.6949284532547682, 0.6947987498750529, 0.6963360718291497,
                            0.6920971947424465, 0.6959305485716389},
                        new double[] {0.5692574902301346, 0.6114587091149591, 0.6133370175923367, 0.6919648089827867,
                            0.49282040415952605, 0.6952768901527251, 0.6114587091149591},
                        new float[] {0.4933493f, 0.49868804f, 0.4976749f, 0.4995748f, 0.48740187f, 0.48692334f,
                            0.49089438f, 0.49734497f}),
                Arguments.of("BASE, mean pooling, L2", config(ModelVariant.BASE)
                        .withOptions(false, PoolingMode.MEAN, 0.01),
                        new double[] {0.7120352767071494, 0.7088616139523713, 0.6920735922728651, 0.6971800440720654,
                            0.6878021509352471, 0.6969710326503173},
                        new double[] {0.5831524099001303, 0.5906667117604618, 0.6028829326701667, 0.6905024133674286,
                            0.4970921992013852, 0.6991539517650026, 0.5906667117604618},
                        new float[] {0.48158547f, 0.50273746f, 0.4935286f, 0.51826763f, 0.486291f, 0.4827233f,
                            0.50090575f, 0.5004626f}),
                Arguments.of("BASE, sum pooling, paper keys", config(ModelVariant.BASE)
                        .withOptions(false, PoolingMode.SUM, 0).withHistoryContext(false),
                        new double[] {0.6971897639491433, 0.693008318597493, 0.693365176981407, 0.6991695663511667,
                            0.6937212334109645, 0.696829039174564},
                        new double[] {0.5597047329570126, 0.5259308110870612, 0.5326517454177028, 0.692781292043925,
                            0.49324937133739394, 0.6955471830774563, 0.5259308110870612},
                        new float[] {0.49486607f, 0.49212378f, 0.49191204f, 0.4921816f, 0.49295148f, 0.49372652f,
                            0.4923822f, 0.49226633f}),
                Arguments.of("LR", config(ModelVariant.LR),
                        new double[] {0.6954120991766768, 0.6855607015602027, 0.6864049137635269, 0.7075919872658601,
                            0.6912306925048834, 0.6979101576482926},
                        new double[] {0.5436387320885802, 0.4922739297739298, 0.477215160725799, 0.6901563111672978,
                            0.4854656392708421, 0.6940184253199071, 0.4922739297739298},
                        new float[] {0.50131446f, 0.48016167f, 0.47264105f, 0.4632915f, 0.4931702f, 0.48498878f,
                            0.4727848f, 0.46619022f}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void seededSingleThreadTrainingGivesTheRecordedLossesMetricsAndPredictions(String name, DinConfig config,
            double[] expectedLosses, double[] expectedMetrics, float[] expectedPredictions) {
        InMemoryBatchSource train = source(3);
        InMemoryBatchSource validation = source(4);
        List<Double> losses = new ArrayList<>();
        DinTrainer trainer = new DinTrainer(config, SCHEMA, 11);
        TrainingResult result = trainer.train(train, validation, new TrainingListener() {
            @Override
            public void onStep(StepProgress progress) {
                losses.add(progress.loss());
            }
        }, () -> false);
        EvaluationResult metrics = result.epochs().get(0).validation();
        double[] metricValues = {metrics.auc(), metrics.gauc(), metrics.gaucClicks(), metrics.logLoss(),
            metrics.meanPredicted(), result.epochs().get(0).trainLoss(), result.bestScore()};
        float[] predictions = trainer.model().predict(validation.ordered(8).next());

        assertThat(losses).containsExactly(Arrays.stream(expectedLosses).boxed().toArray(Double[]::new));
        assertThat(metricValues).as("AUC, GAUC, GAUC by clicks, log loss, mean predicted, train loss, best score")
                .containsExactly(expectedMetrics);
        assertThat(predictions).containsExactly(expectedPredictions);
    }
}
