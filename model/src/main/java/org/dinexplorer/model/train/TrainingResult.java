package org.dinexplorer.model.train;

import java.util.List;

/**
 * Outcome of a finished training run. The trainer's model holds the weights after the last epoch.
 *
 * @param status     how the run ended
 * @param epochs     every epoch of the run, including those before a resume
 * @param bestEpoch  1-based epoch with the best validation score, 0 without validation
 * @param bestStep   optimizer step of the best validation score, 0 without validation
 * @param bestScore  best validation score (the configured GAUC, AUC where no user has both classes), NaN without
 *                   validation
 * @param steps      steps taken in total
 */
public record TrainingResult(TrainingStatus status, List<EpochResult> epochs, int bestEpoch, long bestStep,
                             double bestScore,
                             long steps) {

    /** Copies the epoch list. */
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }
}
