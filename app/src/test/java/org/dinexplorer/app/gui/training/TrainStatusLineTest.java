package org.dinexplorer.app.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dinexplorer.model.train.StepProgress;
import org.junit.jupiter.api.Test;

class TrainStatusLineTest {

    @Test
    void theFirstStepsOfAnEpochSayTheEtaIsBeingEstimated() {
        StepProgress first = new StepProgress(1, 1, 1, 400, 0.69, 812, Double.NaN);

        assertThat(LiveUpdates.stepStatus(first, Duration.ofSeconds(2), false))
                .isEqualTo("Epoch 1, step 1 of 400 in epoch — 812 samples/s, elapsed 0:02, ETA estimating…");
    }

    @Test
    void laterStepsShowTheEtaAndAPause() {
        StepProgress later = new StepProgress(2, 450, 50, 400, 0.41, 7_600.4, 3_725);

        assertThat(LiveUpdates.stepStatus(later, Duration.ofSeconds(75), true))
                .isEqualTo("Epoch 2, step 50 of 400 in epoch — 7,600 samples/s, elapsed 1:15, ETA 1:02:05 — paused");
    }
}
