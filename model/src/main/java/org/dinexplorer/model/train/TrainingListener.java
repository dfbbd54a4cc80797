package org.dinexplorer.model.train;

import org.dinexplorer.model.eval.EvaluationResult;

/**
 * Receives the progress of a training run, on the training thread. Implementations must return quickly (throttle
 * UI updates themselves). All methods do nothing by default.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /**
     * Called once before the first step.
     *
     * @param epochs        configured epochs
     * @param stepsPerEpoch steps per epoch
     * @param resumedState  where the run starts (a fresh state for a new run)
     */
    default void onStart(int epochs, long stepsPerEpoch, TrainingState resumedState) {
    }

    /** Called after every step. */
    default void onStep(StepProgress progress) {
    }

    /**
     * Called after every evaluation on the validation split (every few steps and at the end of each epoch).
     *
     * @param best whether this evaluation beat every earlier one of the run (its model is the one kept)
     */
    default void onEvaluation(int epoch, long step, EvaluationResult metrics, boolean best) {
    }

    /** Called after each epoch, after its evaluation and checkpoint. */
    default void onEpochEnd(EpochResult result) {
    }
}
