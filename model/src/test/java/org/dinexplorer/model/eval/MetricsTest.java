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
                new long[] {1, 1, 2, 2}, GaucWeighting.IMPRESSIONS);
        assertThat(r.accuracy()).isEqualTo(0.75);
        assertThat(r.meanPredicted()).isCloseTo(0.45, within(1e-6));
        assertThat(r.actualCtr()).isEqualTo(0.25);
        assertThat(r.sampleCount()).isEqualTo(4);
        assertThat(r.gauc()).isEqualTo(1.0);
        assertThat(r.usersExcludedFromGauc()).isEqualTo(1);
        assertThatThrownBy(() -> Evaluator.of(new float[0], new float[0], new long[0], GaucWeighting.CLICKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
