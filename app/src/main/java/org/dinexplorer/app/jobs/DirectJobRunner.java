package org.dinexplorer.app.jobs;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs each job inline on the calling thread: for the CLI and for tests. Progress goes to a consumer; cancellation
 * comes from an external flag (Ctrl-C in the CLI, a test); the returned handle is already done.
 */
public final class DirectJobRunner implements JobRunner {

    private final Consumer<JobProgress> progressSink;
    private final BooleanSupplier externalStop;

    /** A runner that forwards progress to {@code progressSink} and also stops when {@code externalStop} says so. */
    public DirectJobRunner(Consumer<JobProgress> progressSink, BooleanSupplier externalStop) {
        this.progressSink = progressSink;
        this.externalStop = externalStop;
    }

    /** A runner that drops progress and is stopped only through handles. */
    public DirectJobRunner() {
        this(progress -> { }, () -> false);
    }

    @Override
    @SuppressWarnings("IllegalCatch")
    public <T> JobHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                                Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        JobHandle handle = new JobHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
        JobContext context = new JobContext() {
            @Override
            public void report(JobProgress progress) {
                progressSink.accept(progress);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || externalStop.getAsBoolean();
            }
        };
        T result;
        try {
            result = job.run(context);
        } catch (Exception e) { // top-level handler of the job: the failure handler decides what to show
            done.set(true);
            onFailure.accept(e);
            return handle;
        }
        done.set(true);
        onSuccess.accept(result);
        return handle;
    }
}
