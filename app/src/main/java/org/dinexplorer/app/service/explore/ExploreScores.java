package org.dinexplorer.app.service.explore;

import java.util.List;

/**
 * Scores of the candidate ads for one (possibly edited) history, from one forward pass.
 *
 * @param scores       one entry per candidate, in the order given
 * @param elapsedNanos time the encoding and the forward pass took
 */
public record ExploreScores(List<Score> scores, long elapsedNanos) {

    /** Copies the list. */
    public ExploreScores {
        scores = List.copyOf(scores);
    }

    /**
     * The score of one candidate.
     *
     * @param adgroupId    raw ad id
     * @param predictedCtr click probability
     * @param weights      attention weight per behaviour of the history, oldest first (padding left out)
     * @param influence    per behaviour, the predicted CTR minus the CTR with that behaviour removed (positive: the
     *                     behaviour raised the CTR)
     */
    public record Score(int adgroupId, float predictedCtr, float[] weights, float[] influence) {

        /** Copies the arrays. */
        public Score {
            weights = weights.clone();
            influence = influence.clone();
        }

        /** The weights (a copy). */
        @Override
        public float[] weights() {
            return weights.clone();
        }

        /** The influences (a copy). */
        @Override
        public float[] influence() {
            return influence.clone();
        }
    }
}
