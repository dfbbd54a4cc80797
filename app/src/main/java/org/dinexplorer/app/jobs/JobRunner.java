package org.dinexplorer.app.jobs;

import java.util.function.Consumer;

/**
 * Runs {@link Job}s: in the background for the GUI ({@link FxJobRunner}), inline for the CLI and tests
 * ({@link DirectJobRunner}). Success and failure handlers run where the caller may touch its own state (the FX thread
 * in the GUI). A cancelled job reports failure with a {@link java.util.concurrent.CancellationException}.
 */
public interface JobRunner {

    /**
     * Starts {@code job}.
     *
     * @param title     short name shown while it runs, e.g. "Importing"
     * @param job       the work
     * @param onSuccess called with the result
     * @param onFailure called with the exception (a {@code CancellationException} when cancelled)
     * @return a handle to cancel the job
     * @throws IllegalStateException if this runner allows one job at a time and one is running
     */
    <T> JobHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
