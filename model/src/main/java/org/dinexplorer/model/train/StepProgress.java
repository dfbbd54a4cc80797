package org.dinexplorer.model.train;

/**
 * Progress after one training step.
 *
 * @param epoch             1-based epoch
 * @param step              steps since the start of the run (resumed runs continue the count)
 * @param stepInEpoch       1-based step within the epoch
 * @param stepsInEpoch      steps per epoch (from the source's sample count)
 * @param loss              mean binary cross-entropy of this step's batch
 * @param samplesPerSecond  training throughput in this epoch, from the second step on (the first one warms up)
 * @param etaSeconds        estimated seconds until the end of the last epoch (without evaluations); NaN during
 *                          the first steps of an epoch, while too little is measured to tell
 */
public record StepProgress(int epoch, long step, long stepInEpoch, long stepsInEpoch, double loss,
                           double samplesPerSecond, double etaSeconds) {
}
