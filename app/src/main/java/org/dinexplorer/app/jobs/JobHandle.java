package org.dinexplorer.app.jobs;

/** A submitted job, which can be asked to stop. */
public interface JobHandle {

    /** Asks the job to stop at its next safe point; does not wait. */
    void cancel();

    /** True once the job has finished, failed or been cancelled. */
    boolean isDone();
}
