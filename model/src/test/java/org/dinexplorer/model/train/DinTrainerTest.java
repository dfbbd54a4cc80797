package org.dinexplorer.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.model.bench.SyntheticBatches;
import org.dinexplorer.model.bench.VocabPreset;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.config.ScheduleConfig;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.InMemoryBatchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DinTrainerTest {

    static final FeatureSchema SCHEMA = SyntheticBatches.schema(VocabPreset.DEMO, 10);

    static InMemoryBatchSource source(int size, long seed) {
        return new InMemoryBatchSource(SCHEMA, SyntheticBatches.categoryMatch(SCHEMA, size, 200, seed));
    }

    static DinConfig config(ModelVariant variant, int epochs) {
        return DinConfig.defaults(variant).withNetwork(8, List.of(16, 8), List.of(32, 16),
                        org.dinexplorer.model.config.ActivationKind.PRELU)
                .withBatchSize(128).withEpochs(epochs).withThreads(1).withLearningRate(0.005);
    }

    private static List<Double> stepLosses(DinTrainer trainer, InMemoryBatchSource data) {
        List<Double> losses = new ArrayList<>();
        trainer.train(data, null, new TrainingListener() {
            @Override
            public void onStep(StepProgress progress) {
                losses.add(progress.loss());
            }
        }, () -> false);
        return losses;
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIN", "BASE", "LR"})
    void lossDropsWithinAFewStepsWhenTheLabelFollowsTheContextField(ModelVariant variant) {
        Batch batch = SyntheticBatches.random(SCHEMA, 2048, new java.util.SplittableRandom(8), false);
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        int pid = SCHEMA.adFields().indexOf("pid");
        for (int s = 0; s < batch.size(); s++) {
            batch.labels()[s] = random.nextDouble() < (batch.adFeatures()[pid][s] == 2 ? 0.9 : 0.1) ? 1f : 0f;
        }
        assertLossDrops(variant, new InMemoryBatchSource(SCHEMA, batch));
    }

    private static void assertLossDrops(ModelVariant variant, InMemoryBatchSource data) {
        List<Double> losses = stepLosses(new DinTrainer(config(variant, 2), SCHEMA, 7), data);
        double first = losses.subList(0, 3).stream().mapToDouble(d -> d).average().orElseThrow();
        double last = losses.subList(losses.size() - 3, losses.size()).stream().mapToDouble(d -> d).average()
                .orElseThrow();
        assertThat(last).isLessThan(first * 0.97);
    }

    @Test
    void sameSeedGivesIdenticalEpochLossesAndAnotherSeedDiffers() {
        InMemoryBatchSource data = source(1024, 2);
        TrainingResult a = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 5).train(data, data,
                TrainingListener.NONE, () -> false);
        TrainingResult b = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 5).train(data, data,
                TrainingListener.NONE, () -> false);
        TrainingResult c = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 6).train(data, data,
                TrainingListener.NONE, () -> false);
        assertThat(losses(a)).isEqualTo(losses(b));
        assertThat(a.epochs().get(1).validation()).isEqualTo(b.epochs().get(1).validation());
        assertThat(losses(c)).isNotEqualTo(losses(a));
    }

    static List<Double> losses(TrainingResult result) {
        return result.epochs().stream().map(EpochResult::trainLoss).toList();
    }

    @Test
    void nonFiniteLossStopsTheRunNamingEpochAndStep() {
        Batch bad = SyntheticBatches.categoryMatch(SCHEMA, 256, 20, 4);
        bad.price()[0] = Float.NaN;
        InMemoryBatchSource data = new InMemoryBatchSource(SCHEMA, bad);
        DinTrainer trainer = new DinTrainer(config(ModelVariant.BASE, 1).withBatchSize(256), SCHEMA, 1);
        assertThatThrownBy(() -> trainer.train(data, null, TrainingListener.NONE, () -> false))
                .isInstanceOf(TrainingException.class)
                .hasMessageContaining("epoch 1, step 1")
                .hasMessageContaining("lower the learning rate");
    }

    @Test
    void earlyStoppingEndsTheRunInTheMiddleOfAnEpochWhenValidationStopsImproving() {
        InMemoryBatchSource train = source(512, 5);
        InMemoryBatchSource noise = new InMemoryBatchSource(SCHEMA, SyntheticBatches.random(SCHEMA, 512,
                new java.util.SplittableRandom(3), false));
        // batch 32: 16 steps an epoch, evaluated every step (16 steps / 20 rounds up to 1), patience 3 evaluations
        DinConfig patient = config(ModelVariant.BASE, 30).withBatchSize(32).withEvaluation(0, 3,
                org.dinexplorer.model.config.GaucWeighting.IMPRESSIONS);
        List<Long> evaluatedAt = new ArrayList<>();
        TrainingResult result = new DinTrainer(patient, SCHEMA, 2).train(train, noise, new TrainingListener() {
            @Override
            public void onEvaluation(int epoch, long step, org.dinexplorer.model.eval.EvaluationResult metrics,
                                     boolean best) {
                evaluatedAt.add(step);
            }
        }, () -> false);

        assertThat(result.status()).isEqualTo(TrainingStatus.EARLY_STOPPED);
        assertThat(result.steps()).isEqualTo(result.bestStep() + 3).isLessThan(30 * 16);
        assertThat(evaluatedAt).last().isEqualTo(result.steps());
        assertThat(evaluatedAt).hasSize((int) result.steps());
    }

    @Test
    void theBestEvaluationsModelIsSavedAndPredictsAsTheModelDidAtThatStep(@TempDir Path dir) {
        InMemoryBatchSource train = source(1024, 5);
        InMemoryBatchSource validation = source(256, 6);
        Batch probe = SyntheticBatches.categoryMatch(SCHEMA, 64, 200, 7);
        float[][] atBest = new float[1][];
        long[] bestStep = new long[1];
        DinTrainer trainer = new DinTrainer(config(ModelVariant.DIN, 3).withEvaluation(2, 0,
                org.dinexplorer.model.config.GaucWeighting.IMPRESSIONS), SCHEMA, 4).keepBestIn(dir.resolve("b.zip"));
        TrainingResult result = trainer.train(train, validation, new TrainingListener() {
            @Override
            public void onEvaluation(int epoch, long step, org.dinexplorer.model.eval.EvaluationResult metrics,
                                     boolean best) {
                if (best) {
                    atBest[0] = trainer.model().predict(probe);
                    bestStep[0] = step;
                }
            }
        }, () -> false);

        assertThat(result.bestStep()).isEqualTo(bestStep[0]).isPositive();
        float[] saved = org.dinexplorer.model.io.ModelFile.load(dir.resolve("b.zip"), null).model().predict(probe);
        assertThat(saved).containsExactly(atBest[0]);
    }

    @Test
    void evaluatesEveryKStepsAndAfterEachEpoch() {
        InMemoryBatchSource data = source(1024, 6);
        DinConfig everyThree = config(ModelVariant.BASE, 2).withEvaluation(3, 0,
                org.dinexplorer.model.config.GaucWeighting.CLICKS);
        List<Long> evaluatedAt = new ArrayList<>();
        new DinTrainer(everyThree, SCHEMA, 3).train(data, data, new TrainingListener() {
            @Override
            public void onEvaluation(int epoch, long step, org.dinexplorer.model.eval.EvaluationResult metrics,
                                     boolean best) {
                evaluatedAt.add(step);
            }
        }, () -> false);
        assertThat(evaluatedAt).containsExactly(3L, 6L, 8L, 9L, 12L, 15L, 16L);
    }

    @Test
    void theFrequencyAdaptiveRuleChangesTrainingOnlyWhenL2IsOn() {
        InMemoryBatchSource data = source(512, 8);
        DinConfig l2 = config(ModelVariant.DIN, 1).withOptions(false, PoolingMode.MEAN, 0.5);
        DinConfig off = config(ModelVariant.DIN, 1);

        List<Double> byBatch = stepLosses(new DinTrainer(l2, SCHEMA, 5), data);
        List<Double> byFrequency = stepLosses(new DinTrainer(l2.withFrequencyAdaptiveL2(true), SCHEMA, 5), data);

        assertThat(byFrequency.subList(0, 1)).isEqualTo(byBatch.subList(0, 1));
        assertThat(byFrequency).isNotEqualTo(byBatch);
        assertThat(stepLosses(new DinTrainer(off.withFrequencyAdaptiveL2(true), SCHEMA, 5), data))
                .isEqualTo(stepLosses(new DinTrainer(off, SCHEMA, 5), data));
    }

    @Test
    void byDefaultTheValidationSplitIsEvaluatedAboutTwentyTimesAnEpoch() {
        ScheduleConfig defaults = DinConfig.defaults(ModelVariant.DIN).schedule();
        assertThat(defaults.evaluationInterval(7_067)).isEqualTo(354);
        assertThat(defaults.evaluationInterval(10)).isEqualTo(1);
        assertThat(defaults.withEvaluation(1000, 0, defaults.gaucWeighting()).evaluationInterval(7_067))
                .isEqualTo(1000);
    }

    @Test
    void refusesDataOfAnotherSchema() {
        FeatureSchema other = SyntheticBatches.schema(VocabPreset.DEMO, 5);
        InMemoryBatchSource data = new InMemoryBatchSource(other, SyntheticBatches.categoryMatch(other, 64, 5, 1));
        DinTrainer trainer = new DinTrainer(config(ModelVariant.DIN, 1), SCHEMA, 1);
        assertThatThrownBy(() -> trainer.train(data, null, TrainingListener.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
    }
}
