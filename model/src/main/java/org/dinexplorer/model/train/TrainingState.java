package org.dinexplorer.model.train;

import java.util.List;

/**
 * Where a run stands, saved in checkpoints so that a resumed run continues exactly: the shuffled order of an epoch
 * depends only on the seed and the epoch, so the resumed run skips the batches already done.
 *
 * @param seed                     master seed of the run
 * @param epochsCompleted          full epochs done
 * @param batchesDoneInEpoch       batches of the current (next) epoch already trained
 * @param optimizerStep            Adam steps taken
 * @param lossSumInEpoch           sum of the step losses of the current epoch so far
 * @param bestScore                     best validation score so far (NaN if none)
 * @param bestEpoch                     epoch of the best score (0 if none)
 * @param bestStep                      optimizer step of the best score (0 if none)
 * @param evaluationsWithoutImprovement validation evaluations since the best score
 * @param history                       results of the completed epochs
 * @param evaluationPending             the validation evaluation due at {@code optimizerStep} was stopped before it
 *                                      ended; a resumed run does it before its next batch (false in files written
 *                                      before this field existed, which had no such case)
 */
public record TrainingState(long seed, int epochsCompleted, long batchesDoneInEpoch, long optimizerStep,
                            double lossSumInEpoch, double bestScore, int bestEpoch, long bestStep,
                            int evaluationsWithoutImprovement, List<EpochResult> history,
                            boolean evaluationPending) {

    /** Copies the history. */
    public TrainingState {
        history = List.copyOf(history);
    }

    /** This state after a validation evaluation at {@code epoch}/{@code step} that scored {@code score}. */
    TrainingState afterEvaluation(int epoch, long step, double score) {
        boolean better = !Double.isNaN(score) && (Double.isNaN(bestScore) || score > bestScore);
        return better
                ? new TrainingState(seed, epochsCompleted, batchesDoneInEpoch, optimizerStep, lossSumInEpoch, score,
                        epoch, step, 0, history, false)
                : new TrainingState(seed, epochsCompleted, batchesDoneInEpoch, optimizerStep, lossSumInEpoch,
                        bestScore, bestEpoch, bestStep, evaluationsWithoutImprovement + 1, history, false);
    }

    /** This state after {@code batches} batches of the current epoch, at {@code step}, with their loss sum. */
    TrainingState withinEpoch(long batches, long step, double lossSum) {
        return new TrainingState(seed, epochsCompleted, batches, step, lossSum, bestScore, bestEpoch, bestStep,
                evaluationsWithoutImprovement, history, false);
    }

    /** This state with the evaluation due at its step still to do. */
    TrainingState owingEvaluation() {
        return new TrainingState(seed, epochsCompleted, batchesDoneInEpoch, optimizerStep, lossSumInEpoch, bestScore,
                bestEpoch, bestStep, evaluationsWithoutImprovement, history, true);
    }

    /** The state of a run that has not started. */
    public static TrainingState fresh(long seed) {
        return new TrainingState(seed, 0, 0, 0, 0, Double.NaN, 0, 0, 0, List.of(), false);
    }
}
