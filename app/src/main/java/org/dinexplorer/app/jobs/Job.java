package org.dinexplorer.app.jobs;

/**
 * A unit of long-running background work (an import, a dataset build, a training run). It reports progress and checks
 * for cancellation through its {@link JobContext}; on cancellation it leaves consistent state and throws
 * {@link java.util.concurrent.CancellationException}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Job<T> {

    /** Does the work on the runner's thread. */
    T run(JobContext context) throws Exception;
}
