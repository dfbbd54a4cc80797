package org.dinexplorer.app.service.runs;

import java.nio.file.Path;

/**
 * The files of one run, in the folder {@code <database file>.runs/<run id>/} next to the database (like the training
 * set's {@code <database file>.dataset/}), so runs of different databases never share a folder.
 *
 * @param folder the run's folder
 */
public record RunFiles(Path folder) {

    /** The folder of run {@code runId} of {@code database}. */
    public static RunFiles of(Path database, long runId) {
        Path db = database.toAbsolutePath();
        return new RunFiles(db.resolveSibling(db.getFileName() + ".runs").resolve(Long.toString(runId)));
    }

    /** Checkpoint with optimizer state, rewritten atomically after each epoch and on stop. */
    public Path checkpoint() {
        return folder.resolve("checkpoint.zip");
    }

    /** Copy of the checkpoint of the epoch with the best validation score. */
    public Path best() {
        return folder.resolve("best.zip");
    }

    /**
     * Model of a completed run (no optimizer state): the epoch with the best validation score, or the last epoch when
     * the training set has no validation split.
     */
    public Path model() {
        return folder.resolve("model.zip");
    }

    /** The text behind the run's data fingerprint, for explaining what changed when it no longer matches. */
    public Path fingerprint() {
        return folder.resolve("fingerprint.txt");
    }

    /** The run's log; starts with the full config and environment. */
    public Path log() {
        return folder.resolve("train.log");
    }
}
