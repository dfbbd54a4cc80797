package org.dinexplorer.model.train;

import org.dinexplorer.model.eval.EvaluationResult;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of one epoch.
 *
 * @param epoch            1-based epoch
 * @param trainLoss        mean of the step losses of the epoch
 * @param validation       metrics on the validation split, null without one
 * @param sampleCount      training samples of the epoch (including those trained before a resume)
 * @param seconds          wall time of the epoch's training steps (evaluation excluded; after a resume, only the
 *                         resumed part)
 * @param samplesPerSecond training throughput (after a resume, of the resumed part)
 */
public record EpochResult(int epoch, double trainLoss, @Nullable EvaluationResult validation, long sampleCount,
                          double seconds, double samplesPerSecond) {
}
