package org.dinexplorer.storage.runs;

/**
 * The training loss at one step (or the mean over a window of steps ending there).
 *
 * @param step             training steps done
 * @param epoch            1-based epoch of that step
 * @param loss             loss (NaN if it diverged)
 * @param samplesPerSecond throughput at that point
 */
public record StepLoss(long step, int epoch, double loss, double samplesPerSecond) {
}
