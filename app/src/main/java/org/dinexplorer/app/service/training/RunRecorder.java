package org.dinexplorer.app.service.training;

import java.util.Locale;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.model.train.EpochResult;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.model.train.TrainingListener;
import org.dinexplorer.model.train.TrainingState;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunStore;
import org.jspecify.annotations.Nullable;

/**
 * Turns the trainer's callbacks into stored curves, heartbeats, log lines and observer calls for one training
 * session of a run.
 */
final class RunRecorder implements TrainingListener {

    private final RunStore store;
    private final long runId;
    private final TrainingObserver observer;
    private final Heartbeat heartbeat;
    private final RunLog log;
    private final double elapsedBefore;
    private final long startNanos = System.nanoTime();
    private @Nullable StepRecorder steps;
    private @Nullable StepProgress lastStep;
    private @Nullable EvaluationPoint lastValidation;
    private int epochsCompleted;
    private int currentEpoch;
    private double epochLossSum;
    private long epochSteps;

    /**
     * @param elapsedBefore training seconds of earlier sessions of the same run (resumes continue the time axis)
     */
    RunRecorder(RunStore store, long runId, TrainingObserver observer, Heartbeat heartbeat, RunLog log,
                double elapsedBefore) {
        this.store = store;
        this.runId = runId;
        this.observer = observer;
        this.heartbeat = heartbeat;
        this.log = log;
        this.elapsedBefore = elapsedBefore;
    }

    @Override
    public void onStart(int epochs, long stepsPerEpoch, TrainingState state) {
        steps = new StepRecorder(store, runId, epochs * stepsPerEpoch);
        epochsCompleted = state.epochsCompleted();
        currentEpoch = state.epochsCompleted() + 1;
        epochLossSum = state.lossSumInEpoch();
        epochSteps = state.batchesDoneInEpoch();
        log.line(String.format(Locale.ROOT, "start: epoch %d, step %d of %d epochs x %d steps", currentEpoch,
                state.optimizerStep(), epochs, stepsPerEpoch));
        observer.onTrainingStart(epochs, stepsPerEpoch, state.optimizerStep());
    }

    @Override
    public void onStep(StepProgress progress) {
        if (progress.epoch() != currentEpoch) {
            currentEpoch = progress.epoch();
            epochLossSum = 0;
            epochSteps = 0;
        }
        epochLossSum += progress.loss();
        epochSteps++;
        lastStep = progress;
        if (steps != null) {
            steps.add(progress);
        }
        heartbeat.progress(epochsCompleted, progress.step());
        observer.onStep(progress);
    }

    @Override
    public void onEvaluation(int epoch, long step, EvaluationResult metrics, boolean best) {
        boolean epochEnd = lastStep != null && lastStep.step() == step
                && lastStep.stepInEpoch() == lastStep.stepsInEpoch();
        double trainLoss = epochSteps == 0 ? Double.NaN : epochLossSum / epochSteps;
        EvaluationPoint point = point(epoch, step, "validation", epochEnd, trainLoss, metrics);
        store.addEvaluation(runId, point);
        lastValidation = point;
        observer.onEvaluation(point);
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        flush();
        epochsCompleted = result.epoch();
        heartbeat.progress(epochsCompleted, lastStep == null ? 0 : lastStep.step());
        heartbeat.beat();
        EvaluationResult v = result.validation();
        log.line(String.format(Locale.ROOT, "epoch %d: train loss %.6f, %.0f samples/s%s", result.epoch(),
                result.trainLoss(), result.samplesPerSecond(), v == null ? "" : String.format(Locale.ROOT,
                        ", validation AUC %.6f GAUC %.6f logloss %.6f", v.auc(), v.gauc(), v.logLoss())));
        observer.onEpochEnd(result);
    }

    /** Writes step rows still held back. */
    void flush() {
        if (steps != null) {
            steps.flush();
        }
    }

    /** Builds a stored evaluation point for metrics of this run. */
    EvaluationPoint point(int epoch, long step, String split, boolean epochEnd, double trainLoss,
                          EvaluationResult m) {
        return EvaluationPoints.of(epoch, step, split, epochEnd, trainLoss, m, elapsedSeconds());
    }

    double elapsedSeconds() {
        return elapsedBefore + (System.nanoTime() - startNanos) / 1e9;
    }

    @Nullable EvaluationPoint lastValidation() {
        return lastValidation;
    }

    int epochsCompleted() {
        return epochsCompleted;
    }

    long lastStepNumber() {
        return lastStep == null ? 0 : lastStep.step();
    }
}
