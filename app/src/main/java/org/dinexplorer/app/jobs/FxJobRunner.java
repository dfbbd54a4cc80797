package org.dinexplorer.app.jobs;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.dinexplorer.storage.NotEnoughHeapException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job at a time on a background thread through a {@link Task}. Progress reaches the FX thread at most about
 * ten times a second; success and failure handlers run on the FX thread. The status bar binds to {@link #running()},
 * {@link #title()}, {@link #progress()} and {@link #message()}; {@link #cancelCurrent()} asks the running job to stop.
 * Must be created and used on the FX thread.
 */
public final class FxJobRunner implements JobRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxJobRunner.class);
    private static final long MIN_UPDATE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "din-explorer-job");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    @Override
    public <T> JobHandle submit(String jobTitle, Job<T> job, Consumer<? super T> onSuccess,
                                Consumer<Throwable> onFailure) {
        if (running.get()) {
            throw new IllegalStateException("'" + title.get() + "' is still running; wait for it or cancel it first.");
        }
        JobTask<T> task = new JobTask<>(job);
        task.setOnSucceeded(event -> finish(() -> onSuccess.accept(task.getValue())));
        task.setOnCancelled(event -> finish(() -> onFailure.accept(new CancellationException(jobTitle + " cancelled"))));
        task.setOnFailed(event -> finish(() -> onFailure.accept(userFacing(jobTitle, task.getException()))));
        current = task;
        title.set(jobTitle);
        message.set(jobTitle + "…");
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        LOG.info("Job started: {}", jobTitle);
        executor.execute(task);
        return new JobHandle() {
            @Override
            public void cancel() {
                task.requestStop();
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void finish(Runnable handler) {
        progress.unbind();
        message.unbind();
        LOG.info("Job finished: {} ({})", title.get(), current.getState());
        running.set(false);
        progress.set(0);
        message.set("");
        title.set("");
        current = null;
        handler.run();
    }

    /** The failure a handler receives: running out of heap becomes a message that says what to do about it. */
    static Throwable userFacing(String jobTitle, Throwable failure) {
        if (failure instanceof OutOfMemoryError error) {
            return new OutOfMemoryFailure(jobTitle, error);
        }
        return failure instanceof NotEnoughHeapException refused ? new OutOfMemoryFailure(jobTitle, refused) : failure;
    }

    /** Asks the running job, if any, to stop at its next safe point. */
    public void cancelCurrent() {
        if (current instanceof JobTask<?> task) {
            task.requestStop();
        }
    }

    /** True while a job runs. */
    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** The running job's title, empty when idle. */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** The running job's progress, 0 to 1, or -1 when indeterminate. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** The running job's last message. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /**
     * Asks the running job to stop and waits up to {@code timeoutMillis} for the worker to finish; used when the
     * window closes during a job.
     *
     * @return true if no job is left running
     */
    public boolean cancelAndWait(long timeoutMillis) throws InterruptedException {
        cancelCurrent();
        executor.shutdown();
        return executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        cancelCurrent();
        executor.shutdownNow();
    }

    /** A task whose job stops cooperatively: the job itself throws CancellationException at a safe point. */
    private static final class JobTask<T> extends Task<T> {

        private final Job<T> job;
        private final AtomicLong lastUpdateNanos = new AtomicLong();
        private final RemainingTime remaining = new RemainingTime();
        private volatile boolean stopRequested;

        JobTask(Job<T> job) {
            this.job = job;
        }

        void requestStop() {
            stopRequested = true;
        }

        @Override
        protected T call() throws Exception {
            return job.run(new JobContext() {
                @Override
                public void report(JobProgress report) {
                    long now = System.nanoTime();
                    long last = lastUpdateNanos.get();
                    boolean final100 = report.fraction() >= 1.0;
                    if (final100 || now - last >= MIN_UPDATE_NANOS) {
                        lastUpdateNanos.set(now);
                        updateProgress(report.fraction() < 0 ? -1 : report.fraction(), 1.0);
                        updateMessage(report.message() + remaining.at(report.fraction(), now)
                                .map(eta -> ", ETA " + JobProgress.formatDuration(eta)).orElse(""));
                    }
                }

                @Override
                public boolean isCancelled() {
                    return stopRequested;
                }
            });
        }
    }
}
