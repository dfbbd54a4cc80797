package org.dinexplorer.model.eval;

import org.dinexplorer.model.config.GaucWeighting;

/**
 * Metrics of one model on one split.
 *
 * @param auc                   exact AUC, NaN when the split holds one class only
 * @param gauc                  group AUC with each user weighted by impressions (the DIN paper's), NaN when no user
 *                              has both classes
 * @param gaucClicks            group AUC with each user weighted by clicks, NaN when no user has both classes
 * @param logLoss               mean clipped binary cross-entropy
 * @param accuracy              share of samples whose probability is on the right side of 0.5
 * @param sampleCount           samples evaluated
 * @param usersInGauc           users with both a click and a non-click
 * @param usersExcludedFromGauc users with only one class
 * @param meanPredicted         mean predicted probability (calibration)
 * @param actualCtr             share of clicks
 */
public record EvaluationResult(double auc, double gauc, double gaucClicks, double logLoss, double accuracy,
                               long sampleCount, int usersInGauc, int usersExcludedFromGauc, double meanPredicted, double actualCtr) {

    /** The GAUC of {@code weighting}. */
    public double gauc(GaucWeighting weighting) {
        return weighting == GaucWeighting.CLICKS ? gaucClicks : gauc;
    }

    /** The GAUC of {@code weighting} when defined, else AUC: the score early stopping compares (higher is better). */
    public double selectionScore(GaucWeighting weighting) {
        double score = gauc(weighting);
        return Double.isNaN(score) ? auc : score;
    }
}
