package org.dinexplorer.app.service.training;

import org.dinexplorer.model.train.EpochResult;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunStatus;

/**
 * Receives the progress of a training run, on the training thread; implementations return quickly and throttle UI
 * updates themselves. No JavaFX here: the GUI's view model adapts it. All methods do nothing by default.
 */
public interface TrainingObserver {

    /** An observer that ignores everything. */
    TrainingObserver NONE = new TrainingObserver() {
    };

    /** The run is stored (called once, before training starts). */
    default void onRunCreated(long runId) {
    }

    /**
     * The run's status changed.
     *
     * @param message a short explanation (e.g. the failure), may be empty
     */
    default void onStatus(long runId, RunStatus status, String message) {
    }

    /**
     * Training starts (or resumes).
     *
     * @param epochs        configured epochs
     * @param stepsPerEpoch steps per epoch
     * @param fromStep      steps already done (0 for a new run)
     */
    default void onTrainingStart(int epochs, long stepsPerEpoch, long fromStep) {
    }

    /** One training step is done (loss, throughput, ETA). */
    default void onStep(StepProgress step) {
    }

    /** An evaluation finished: on the validation split every K steps and after each epoch, and once on test. */
    default void onEvaluation(EvaluationPoint point) {
    }

    /** An epoch ended (after its evaluation and checkpoint). */
    default void onEpochEnd(EpochResult epoch) {
    }
}
