package org.dinexplorer.storage.runs;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores training runs, their evaluation points and step losses. Runs are append-only: a run's config, seed and data
 * fingerprint never change once stored. Before answering a read, a store reports runs whose training process died
 * (stale heartbeat or vanished owner process) as {@link RunStatus#INTERRUPTED}.
 */
public interface RunStore {

    /**
     * Stores a new run in state {@link RunStatus#CREATED}.
     *
     * @return the new run's id
     * @throws org.dinexplorer.storage.StorageException if the parent run does not exist
     */
    long create(NewRun run);

    /**
     * Marks a run as running in this process: sets the owner process, the run folder, the heartbeat and (first time
     * only) the start time, and clears an old failure message.
     *
     * @param runFolder folder of the run's checkpoint and log
     * @throws org.dinexplorer.storage.StorageException if the run is missing or cannot move to running
     */
    void markRunning(long runId, String runFolder);

    /**
     * Records a sign of life and the progress of a running run.
     *
     * @param epochsCompleted full epochs done
     * @param stepsCompleted  training steps done
     */
    void heartbeat(long runId, int epochsCompleted, long stepsCompleted);

    /**
     * Moves a run to a finished state and sets its finish time.
     *
     * @param status         a finished state
     * @param failureMessage why it failed, or null
     * @throws org.dinexplorer.storage.StorageException if the run is missing or the transition is not allowed
     */
    void finish(long runId, RunStatus status, @Nullable String failureMessage);

    /** Adds or replaces (same split and step) an evaluation point. */
    void addEvaluation(long runId, EvaluationPoint point);

    /** Adds or replaces (same step) step losses, in one transaction. */
    void addSteps(long runId, List<StepLoss> steps);

    /**
     * Removes step losses and evaluation points after {@code step}, so a run resumed from a checkpoint taken at that
     * step continues its curves without duplicates.
     */
    void truncateAfter(long runId, long step);

    /** All runs, newest first. */
    List<RunRecord> list();

    /** The run with this id, if stored. */
    Optional<RunRecord> find(long runId);

    /**
     * The run with this id.
     *
     * @throws org.dinexplorer.storage.StorageException naming the id if there is no such run
     */
    RunRecord require(long runId);

    /** Runs whose parent is {@code runId}, oldest first. */
    List<RunRecord> children(long runId);

    /** The run's step losses and evaluation points. */
    RunCurves curves(long runId);

    /** The evaluations on {@code split} in step order. */
    List<EvaluationPoint> evaluations(long runId, String split);

    /** Changes a run's display name (the only thing besides notes and status that may change). */
    void rename(long runId, String name);

    /** Replaces a run's notes. */
    void annotate(long runId, String notes);

    /**
     * Deletes a run with its curves; its children keep existing without a parent. The run folder on disk is the
     * caller's to remove.
     *
     * @throws org.dinexplorer.storage.StorageException if the run is missing or still running
     */
    void delete(long runId);
}
