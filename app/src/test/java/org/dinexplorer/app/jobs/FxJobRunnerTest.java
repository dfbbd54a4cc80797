package org.dinexplorer.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxJobRunnerTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void runsOffTheFxThreadAndDeliversTheResultOnIt() throws Exception {
        FxJobRunner runner = onFx(FxJobRunner::new);
        CompletableFuture<String> threads = new CompletableFuture<>();
        onFx(() -> runner.submit("probe", context -> Thread.currentThread().getName(),
                worker -> threads.complete(worker + "|" + Platform.isFxApplicationThread()),
                threads::completeExceptionally));
        assertThat(threads.get(10, TimeUnit.SECONDS)).isEqualTo("din-explorer-job|true");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.running().get()).isFalse();
    }

    @Test
    void showsProgressWhileRunningAndStopsOnCancel() throws Exception {
        FxJobRunner runner = onFx(FxJobRunner::new);
        CountDownLatch reported = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        onFx(() -> runner.submit("long job", context -> {
            context.report(JobProgress.of(1, 4, "quarter done"));
            reported.countDown();
            while (!context.isCancelled()) {
                Thread.sleep(5);
            }
            throw new CancellationException("stopped at a safe point");
        }, value -> finished.countDown(), error -> {
            failure.set(error);
            finished.countDown();
        }));
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runner.progress().get() == 0.25);
        assertThat(onFx(() -> runner.running().get() + " " + runner.title().get() + " " + runner.message().get()))
                .isEqualTo("true long job quarter done");
        assertThatThrownBy(() -> onFx(() -> runner.submit("second", context -> 1, v -> { }, e -> { })))
                .hasCauseInstanceOf(IllegalStateException.class);
        onFx(() -> {
            runner.cancelCurrent();
            return null;
        });
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isInstanceOf(CancellationException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.running().get()).isFalse();
    }

    @Test
    void jobThatRunsOutOfHeapFailsWithTheAdviceNamingTheJob() throws Exception {
        FxJobRunner runner = onFx(FxJobRunner::new);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        onFx(() -> runner.submit("Building training set", context -> {
            throw new OutOfMemoryError("Java heap space");
        }, value -> failure.complete(null), failure::complete));

        Throwable shown = failure.get(10, TimeUnit.SECONDS);
        assertThat(shown).isInstanceOf(OutOfMemoryFailure.class).hasCauseInstanceOf(OutOfMemoryError.class);
        assertThat(shown.getMessage()).startsWith("Out of memory in 'Building training set'")
                .contains("DIN_EXPLORER_JAVA_OPTS");
    }
}
