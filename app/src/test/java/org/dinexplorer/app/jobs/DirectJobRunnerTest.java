package org.dinexplorer.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DirectJobRunnerTest {

    @Test
    void deliversTheResultAndForwardsProgress() {
        List<JobProgress> seen = new ArrayList<>();
        AtomicReference<Integer> result = new AtomicReference<>();
        JobHandle handle = new DirectJobRunner(seen::add, () -> false).submit("sum", context -> {
            context.report(JobProgress.of(1, 2, "half"));
            return 42;
        }, result::set, error -> { throw new AssertionError(error); });
        assertThat(result.get()).isEqualTo(42);
        assertThat(seen).extracting(JobProgress::message).containsExactly("half");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void failuresGoToTheFailureHandler() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        new DirectJobRunner().submit("broken", context -> {
            throw new IllegalStateException("disk full");
        }, value -> { throw new AssertionError("must not succeed"); }, failure::set);
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void externalStopIsVisibleToTheJob() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        new DirectJobRunner(progress -> { }, () -> true).submit("stoppable", context -> {
            if (context.stopRequested().getAsBoolean()) {
                throw new CancellationException("stopped");
            }
            return "finished";
        }, value -> { throw new AssertionError("must stop"); }, failure::set);
        assertThat(failure.get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void progressOfDoneOverTotalIsClampedAndUnknownTotalIsIndeterminate() {
        assertThat(JobProgress.of(150, 100, "").fraction()).isEqualTo(1.0);
        assertThat(JobProgress.of(5, 0, "").fraction()).isEqualTo(JobProgress.INDETERMINATE);
    }
}
