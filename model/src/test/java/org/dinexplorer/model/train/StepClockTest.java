package org.dinexplorer.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepClockTest {

    private static final long SECOND = 1_000_000_000L;

    private long now = 100 * SECOND;
    private final StepClock clock = new StepClock(() -> now);

    @Test
    void aSlowFirstStepDoesNotSkewTheRateOnceASecondStepIsDone() {
        now += 10 * SECOND;
        clock.stepDone(1000);
        assertThat(clock.samplesPerSecond()).isCloseTo(100, within(1e-9));

        now += SECOND;
        clock.stepDone(1000);
        now += SECOND;
        clock.stepDone(500);

        assertThat(clock.samplesPerSecond()).isCloseTo(750, within(1e-9));
        assertThat(clock.trainingSeconds()).isCloseTo(12, within(1e-9));
    }

    @Test
    void noEtaBeforeEnoughStepsThenStepsLeftAtTheMeasuredRate() {
        for (int i = 1; i < StepClock.STEPS_BEFORE_ETA; i++) {
            now += SECOND;
            clock.stepDone(100);
            assertThat(clock.etaSeconds(50, 100)).isNaN();
        }
        now += SECOND;
        clock.stepDone(100);

        assertThat(clock.etaSeconds(50, 100)).isCloseTo(50, within(1e-9));
        assertThat(clock.etaSeconds(-3, 100)).isZero();
    }

    @Test
    void evaluationTimeIsLeftOutOfTheRate() {
        now += SECOND;
        clock.stepDone(100);
        clock.leaveOut(() -> now += 30 * SECOND);
        now += 2 * SECOND;
        clock.stepDone(400);

        assertThat(clock.samplesPerSecond()).isCloseTo(200, within(1e-9));
        assertThat(clock.trainingSeconds()).isCloseTo(3, within(1e-9));
    }
}
