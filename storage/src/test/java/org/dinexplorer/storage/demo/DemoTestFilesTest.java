package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemoTestFilesTest {

    @Test
    void aucOfAPerfectRankingIsOne() {
        assertThat(DemoTestFiles.auc(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.2, 0.3, 0.4})).isEqualTo(1.0);
    }

    @Test
    void aucCountsTiesAsHalfAndMatchesAHandComputedCase() {
        // pairs (pos, neg): (0.8 vs 0.3) win, (0.8 vs 0.5) win, (0.5 vs 0.3) win, (0.5 vs 0.5) tie -> 3.5 / 4
        double auc = DemoTestFiles.auc(new int[] {1, 0, 1, 0}, new double[] {0.8, 0.3, 0.5, 0.5});
        assertThat(auc).isCloseTo(0.875, within(1e-12));
    }
}
