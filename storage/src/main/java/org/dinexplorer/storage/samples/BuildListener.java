package org.dinexplorer.storage.samples;

/** Receives progress of a dataset build; called on the building thread, so implementations must be quick. */
public interface BuildListener {

    /** A listener that ignores everything. */
    BuildListener NONE = (phase, done, total) -> { };

    /**
     * Reports progress within a phase.
     *
     * @param phase short description, e.g. "Reading behaviours (pass 1 of 2)"
     * @param done  units done so far (rows, users), at least 0
     * @param total units in the phase, or -1 when unknown
     */
    void onProgress(String phase, long done, long total);
}
