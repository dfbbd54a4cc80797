package org.dinexplorer.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dinexplorer.model.train.DinTrainerTest.SCHEMA;
import static org.dinexplorer.model.train.DinTrainerTest.config;
import static org.dinexplorer.model.train.DinTrainerTest.losses;
import static org.dinexplorer.model.train.DinTrainerTest.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.InMemoryBatchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checkpoints and resume: a stopped, killed or mid-evaluation-stopped run continues as if never interrupted. */
class DinTrainerResumeTest {

    @Test
    void resumedRunContinuesExactlyWhereTheStoppedRunLeftOff(@TempDir Path dir) {
        InMemoryBatchSource data = source(1024, 3);
        TrainingResult uninterrupted = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 9).train(data, null,
                TrainingListener.NONE, () -> false);
        Path checkpoint = dir.resolve("run.ckpt");
        AtomicInteger steps = new AtomicInteger();
        DinTrainer first = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 9).checkpointTo(checkpoint, "fp");
        assertThatThrownBy(() -> first.train(data, null, new TrainingListener() {
            @Override
            public void onStep(StepProgress progress) {
                steps.incrementAndGet();
            }
        }, () -> steps.get() == 11)).isInstanceOf(CancellationException.class);
        DinTrainer resumed = DinTrainer.resume(checkpoint, "fp");
        assertThat(resumed.state().epochsCompleted()).isEqualTo(1);
        assertThat(resumed.state().batchesDoneInEpoch()).isEqualTo(3);
        TrainingResult result = resumed.train(data, null, TrainingListener.NONE, () -> false);
        assertThat(losses(result)).isEqualTo(losses(uninterrupted));
        assertThat(result.steps()).isEqualTo(uninterrupted.steps());
        assertThat(result.epochs()).extracting(EpochResult::sampleCount).containsExactly(1024L, 1024L);
    }

    /** Trains with checkpoints every {@code interval} until the process "dies" at step 11, then loads the checkpoint. */
    private static DinTrainer resumeAfterAKillAtStep11(InMemoryBatchSource data, Path checkpoint, Duration interval) {
        DinTrainer killed = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 9).checkpointTo(checkpoint, "fp")
                .checkpointEvery(interval);
        assertThatThrownBy(() -> killed.train(data, null, new TrainingListener() {
            @Override
            public void onStep(StepProgress progress) {
                if (progress.step() == 11) {
                    throw new IllegalStateException("killed");
                }
            }
        }, () -> false)).hasMessage("killed");
        return DinTrainer.resume(checkpoint, "fp");
    }

    @Test
    void aKilledRunResumesFromItsLastCheckpointWithinTheEpochAndEndsAsIfUninterrupted(@TempDir Path dir) {
        InMemoryBatchSource data = source(1024, 3);
        TrainingResult uninterrupted = new DinTrainer(config(ModelVariant.DIN, 2), SCHEMA, 9).train(data, null,
                TrainingListener.NONE, () -> false);
        // 8 steps an epoch; a checkpoint after every step, so the last one is after step 10: epoch 2, batch 2
        DinTrainer resumed = resumeAfterAKillAtStep11(data, dir.resolve("run.ckpt"), Duration.ZERO);
        assertThat(resumed.state().epochsCompleted()).isEqualTo(1);
        assertThat(resumed.state().batchesDoneInEpoch()).isEqualTo(2);
        assertThat(resumed.state().optimizerStep()).isEqualTo(10);
        TrainingResult result = resumed.train(data, null, TrainingListener.NONE, () -> false);
        assertThat(losses(result)).isEqualTo(losses(uninterrupted));
        assertThat(result.steps()).isEqualTo(uninterrupted.steps());
    }

    @Test
    void withinAnEpochACheckpointWaitsForItsInterval(@TempDir Path dir) {
        DinTrainer resumed = resumeAfterAKillAtStep11(source(1024, 3), dir.resolve("run.ckpt"), Duration.ofHours(1));
        assertThat(resumed.state().epochsCompleted()).isEqualTo(1);
        assertThat(resumed.state().batchesDoneInEpoch()).isZero();
        assertThat(resumed.state().optimizerStep()).isEqualTo(8);
    }

    /** A listener that records the steps at which validation was evaluated. */
    private static TrainingListener recordingEvaluations(List<Long> steps) {
        return new TrainingListener() {
            @Override
            public void onEvaluation(int epoch, long step, org.dinexplorer.model.eval.EvaluationResult metrics,
                                     boolean best) {
                steps.add(step);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 8}) // an evaluation within epoch 1, and the one that ends it
    void aStopDuringAnEvaluationResumesWithThatEvaluationAndEndsAsIfNeverStopped(long stopAt, @TempDir Path dir) {
        InMemoryBatchSource train = source(1024, 3);
        InMemoryBatchSource validation = source(256, 4);
        DinConfig everyThree = config(ModelVariant.DIN, 2).withEvaluation(3, 0,
                org.dinexplorer.model.config.GaucWeighting.IMPRESSIONS);
        List<Long> uninterruptedAt = new ArrayList<>();
        TrainingResult uninterrupted = new DinTrainer(everyThree, SCHEMA, 9).train(train, validation,
                recordingEvaluations(uninterruptedAt), () -> false);

        Path checkpoint = dir.resolve("run.ckpt");
        List<Long> evaluatedAt = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        DinTrainer first = new DinTrainer(everyThree, SCHEMA, 9).checkpointTo(checkpoint, "fp");
        assertThatThrownBy(() -> first.train(train, validation, new TrainingListener() {
            @Override
            public void onStep(StepProgress progress) {
                stop.set(progress.step() == stopAt); // the evaluation right after this step sees the stop
            }

            @Override
            public void onEvaluation(int epoch, long step, org.dinexplorer.model.eval.EvaluationResult metrics,
                                     boolean best) {
                evaluatedAt.add(step);
            }
        }, stop::get)).isInstanceOf(CancellationException.class);
        DinTrainer resumed = DinTrainer.resume(checkpoint, "fp");
        assertThat(resumed.state().optimizerStep()).isEqualTo(stopAt);
        assertThat(resumed.state().evaluationPending()).isTrue();
        TrainingResult result = resumed.train(train, validation, recordingEvaluations(evaluatedAt), () -> false);

        assertThat(evaluatedAt).isEqualTo(uninterruptedAt).containsExactly(3L, 6L, 8L, 9L, 12L, 15L, 16L);
        assertThat(losses(result)).isEqualTo(losses(uninterrupted));
        assertThat(result.epochs()).extracting(EpochResult::validation)
                .isEqualTo(uninterrupted.epochs().stream().map(EpochResult::validation).toList());
        assertThat(result.epochs()).extracting(EpochResult::sampleCount).containsExactly(1024L, 1024L);
        assertThat(result.bestStep()).isEqualTo(uninterrupted.bestStep());
    }
}
