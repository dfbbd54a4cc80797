package org.dinexplorer.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RemainingTimeTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFreshJobAtAQuarterAfterThirtySecondsHasNinetySecondsLeft() {
        RemainingTime remaining = new RemainingTime();
        remaining.at(0, 0);

        assertThat(remaining.at(0.25, 30 * SECOND)).contains(Duration.ofSeconds(90));
    }

    @Test
    void aResumedJobCountsOnlyTheProgressMadeSinceItStarted() {
        RemainingTime remaining = new RemainingTime();
        remaining.at(0.25, 0);

        // 12.5 % in 60 s: the remaining 62.5 % take 5 minutes, not the 100 s that 37.5 % done in 60 s would suggest
        assertThat(remaining.at(0.375, 60 * SECOND)).contains(Duration.ofMinutes(5));
    }

    @Test
    void thereIsNoEstimateBeforeAnyProgressNorForUnknownOrFinishedWork() {
        RemainingTime remaining = new RemainingTime();

        assertThat(remaining.at(JobProgress.INDETERMINATE, 0)).isEmpty();
        assertThat(remaining.at(0.5, SECOND)).isEmpty();
        assertThat(remaining.at(0.5, 10 * SECOND)).isEmpty();
        assertThat(remaining.at(1.0, 20 * SECOND)).isEmpty();
    }
}
