package org.dinexplorer.storage.runs;

/**
 * Metrics of a run at one moment: every K steps and at each epoch end on the validation split, and once on the test
 * split. Undefined metrics are NaN (stored as NULL).
 *
 * @param epoch          1-based epoch
 * @param step           training steps done when evaluated
 * @param split          {@code train}, {@code validation} or {@code test}
 * @param epochEnd       true when taken at the end of an epoch
 * @param trainLoss      mean training loss of the epoch's steps so far (NaN if unknown)
 * @param auc            AUC on the split
 * @param gauc           group AUC, each user weighted by impressions
 * @param gaucClicks     group AUC, each user weighted by clicks
 * @param logLoss        log loss on the split (the validation loss)
 * @param accuracy       share of samples on the right side of 0.5
 * @param sampleCount    samples evaluated
 * @param usersInGauc    users with both a click and a non-click
 * @param elapsedSeconds seconds since the run started training (summed over resumes)
 */
public record EvaluationPoint(int epoch, long step, String split, boolean epochEnd, double trainLoss, double auc,
                              double gauc, double gaucClicks, double logLoss, double accuracy, long sampleCount, int usersInGauc,
                              double elapsedSeconds) {

    /** Checks the split name and the counts. */
    public EvaluationPoint {
        if (!split.equals("train") && !split.equals("validation") && !split.equals("test")) {
            throw new IllegalArgumentException("split must be train, validation or test, got " + split);
        }
        if (epoch < 0 || step < 0 || sampleCount < 0 || usersInGauc < 0) {
            throw new IllegalArgumentException("epoch, step and counts must not be negative");
        }
    }
}
