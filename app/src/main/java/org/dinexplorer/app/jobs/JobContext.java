package org.dinexplorer.app.jobs;

import java.util.function.BooleanSupplier;

/** What a running {@link Job} sees of its runner: a place to report progress and the cancellation flag. */
public interface JobContext {

    /** Reports progress; runners throttle what they pass on, so calling this often is cheap. */
    void report(JobProgress progress);

    /** True once the user asked to cancel; the job should stop at its next safe point. */
    boolean isCancelled();

    /** The cancellation flag in the form the library modules take. */
    default BooleanSupplier stopRequested() {
        return this::isCancelled;
    }
}
