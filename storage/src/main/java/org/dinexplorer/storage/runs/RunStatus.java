package org.dinexplorer.storage.runs;

import java.util.EnumSet;
import java.util.Set;

/** Where a run stands. Transitions are checked by {@link RunStore}; see {@link #canMoveTo(RunStatus)}. */
public enum RunStatus {
    /** Stored, not started yet. */
    CREATED,
    /** Training in a live process (its heartbeat is fresh). */
    RUNNING,
    /** All epochs ran, or early stopping ended the run normally. */
    COMPLETED,
    /** Stopped by the user after finishing the current batch; completed epochs are kept and it can be resumed. */
    CANCELLED,
    /** Stopped by an error (e.g. a NaN loss); the message is in {@link RunRecord#failureMessage()}. */
    FAILED,
    /** Its process died while it was running (stale heartbeat); it can be resumed from its last checkpoint. */
    INTERRUPTED;

    /** True for the states a run can be resumed from. */
    public boolean isResumable() {
        return this == CANCELLED || this == INTERRUPTED;
    }

    /** True once the run no longer changes by itself (everything but {@link #CREATED} and {@link #RUNNING}). */
    public boolean isFinished() {
        return this != CREATED && this != RUNNING;
    }

    /**
     * Whether a run in this state may move to {@code next}: created runs start, fail or are cancelled; running runs
     * end in any finished state; cancelled and interrupted runs can be resumed (back to running); completed and
     * failed runs never change again.
     *
     * @param next the wanted state
     */
    public boolean canMoveTo(RunStatus next) {
        return successors().contains(next);
    }

    Set<RunStatus> successors() {
        return switch (this) {
            case CREATED -> EnumSet.of(RUNNING, CANCELLED, FAILED);
            case RUNNING -> EnumSet.of(COMPLETED, CANCELLED, FAILED, INTERRUPTED);
            case CANCELLED, INTERRUPTED -> EnumSet.of(RUNNING);
            case COMPLETED, FAILED -> EnumSet.noneOf(RunStatus.class);
        };
    }
}
