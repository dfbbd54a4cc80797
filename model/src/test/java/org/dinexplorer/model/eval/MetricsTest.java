package org.dinexplorer.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.dinexplorer.model.config.GaucWeighting;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void aucCountsCorrectlyOrderedClickNonClickPairs() {
        // pairs (click, non-click): (0.35, 0.1) ok, (0.35, 0.4) wrong, (0.8, 0.1) ok, (0.8, 0.4) ok -> 3/4
        assertThat(Auc.of(new float[] {0.1f, 0.4f, 0.35f, 0.8f}, new float[] {0, 0, 1, 1})).isEqualTo(0.75);
    }

    @Test
    void aucCountsATiedPairAsOneHalf() {
        // pairs: (0.5 vs 0.5) 1/2, (0.5 vs 0.2) 1, (0.9 vs 0.5) 1, (0.9 vs 0.2) 1 -> 3.5/4
        assertThat(Auc.of(new float[] {0.5f, 0.5f, 0.2f, 0.9f}, new float[] {1, 0, 0, 1})).isEqualTo(0.875);
        assertThat(Auc.of(new float[] {0.3f, 0.3f, 0.3f}, new float[] {1, 0, 0})).isEqualTo(0.5);
    }

    @Test
    void aucIsOneForAPerfectRankingAndZeroForAReversedOne() {
        assertThat(Auc.of(new float[] {-2f, -1f, 3f}, new float[] {0, 0, 1})).isEqualTo(1.0);
        assertThat(Auc.of(new float[] {0.9f, 0.8f, 0.1f}, new float[] {0, 0, 1})).isEqualTo(0.0);
    }

    @Test
    void aucOfOneClassIsNaNAndOfNothingIsAnError() {
        assertThat(Auc.of(new float[] {0.1f, 0.2f}, new float[] {1, 1})).isNaN();
        assertThatThrownBy(() -> Auc.of(new float[0], new float[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without samples");
    }

    @Test
    void gaucWeightsUsersByImpressionsAndLeavesOutSingleClassUsers() {
        // user 1: AUC 1 over 2 impressions; user 2: AUC 0 over 3 impressions; user 3: clicks only (left out)
        float[] scores = {0.9f, 0.1f, 0.2f, 0.8f, 0.5f, 0.4f, 0.6f};
        float[] labels = {1, 0, 1, 0, 0, 1, 1};
        long[] users = {1, 1, 2, 2, 2, 3, 3};
        Gauc.Result byImpressions = Gauc.of(scores, labels, users, GaucWeighting.IMPRESSIONS);
        assertThat(byImpressions.gauc()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(byImpressions.usersIncluded()).isEqualTo(2);
        assertThat(byImpressions.usersExcluded()).isEqualTo(1);
        assertThat(Gauc.of(scores, labels, users, GaucWeighting.CLICKS).gauc()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void gaucIsNaNWhenNoUserHasBothClassesAndAnErrorWithoutSamples() {
        Gauc.Result none = Gauc.of(new float[] {0.1f, 0.2f}, new float[] {1, 0}, new long[] {1, 2},
                GaucWeighting.IMPRESSIONS);
        assertThat(none.gauc()).isNaN();
        assertThat(none.usersExcluded()).isEqualTo(2);
        assertThatThrownBy(() -> Gauc.of(new float[0], new float[0], new long[0], GaucWeighting.IMPRESSIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logLossIsClippedSoAConfidentMissStaysFinite() {
        assertThat(LogLoss.of(new float[] {0.5f}, new float[] {1})).isCloseTo(Math.log(2), within(1e-12));
        assertThat(LogLoss.of(new float[] {0f, 1f}, new float[] {1, 1}))
                .isCloseTo((-Math.log(1e-7) - Math.log(1 - 1e-7)) / 2, within(1e-9));
        assertThatThrownBy(() -> LogLoss.of(new float[0], new float[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluatorReportsAccuracyAndCalibration() {
        EvaluationResult r = Evaluator.of(new float[] {0.9f, 0.2f, 0.6f, 0.1f}, new float[] {1, 0, 0, 0},
                new long[] {1, 1, 2, 2});
        assertThat(r.accuracy()).isEqualTo(0.75);
        assertThat(r.meanPredicted()).isCloseTo(0.45, within(1e-6));
        assertThat(r.actualCtr()).isEqualTo(0.25);
        assertThat(r.sampleCount()).isEqualTo(4);
        assertThat(r.gauc()).isEqualTo(1.0);
        assertThat(r.usersExcludedFromGauc()).isEqualTo(1);
        assertThatThrownBy(() -> Evaluator.of(new float[0], new float[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void evaluatorGivesBothGaucWeightingsEachEqualToAPairCountingComputation() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int n = 400;
        float[] scores = new float[n];
        float[] labels = new float[n];
        long[] users = new long[n];
        for (int i = 0; i < n; i++) {
            users[i] = random.nextInt(30);
            labels[i] = random.nextDouble() < 0.2 + 0.02 * users[i] ? 1 : 0;
            scores[i] = (float) Math.round(random.nextDouble() * 20) / 20; // ties included
        }

        EvaluationResult r = Evaluator.of(scores, labels, users);

        assertThat(r.gauc()).isCloseTo(pairCountingGauc(scores, labels, users, false), within(1e-12));
        assertThat(r.gaucClicks()).isCloseTo(pairCountingGauc(scores, labels, users, true), within(1e-12));
        assertThat(r.gaucClicks()).isNotEqualTo(r.gauc());
        assertThat(r.gauc(GaucWeighting.CLICKS)).isEqualTo(r.gaucClicks());
        assertThat(r.selectionScore(GaucWeighting.IMPRESSIONS)).isEqualTo(r.gauc());
    }

    /** The paper's definition read literally: per user, the share of correctly ordered (click, non-click) pairs. */
    private static double pairCountingGauc(float[] scores, float[] labels, long[] users, boolean byClicks) {
        double weighted = 0;
        double total = 0;
        for (long user : java.util.Arrays.stream(users).distinct().toArray()) {
            double ordered = 0;
            int pairs = 0;
            int clicks = 0;
            int impressions = 0;
            for (int i = 0; i < scores.length; i++) {
                if (users[i] != user) {
                    continue;
                }
                impressions++;
                clicks += labels[i] == 1 ? 1 : 0;
                for (int j = 0; j < scores.length; j++) {
                    if (users[j] == user && labels[i] == 1 && labels[j] == 0) {
                        pairs++;
                        ordered += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    }
                }
            }
            if (pairs > 0) {
                double weight = byClicks ? clicks : impressions;
                weighted += weight * ordered / pairs;
                total += weight;
            }
        }
        return weighted / total;
    }
}
