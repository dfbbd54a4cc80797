package org.dinexplorer.app.service.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Checkpoint with optimizer state, rewritten atomically after each epoch, every 10 minutes within one and on stop. */
    public Path checkpoint() {
        return folder.resolve("checkpoint.zip");
    }

    /** Weights of the best validation evaluation so far, rewritten by the trainer at each better one. */
    public Path best() {
        return folder.resolve("best.zip");
    }

    /**
     * Model of a completed run (no optimizer state): that of the best validation evaluation, or of the last step when
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

    /** Creates the run's folder (and those above it) when missing. */
    public void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Creates the folder and writes {@link #fingerprint()}, the text behind the run's data fingerprint. */
    public void create(String fingerprintText) {
        createFolder();
        try {
            Files.writeString(fingerprint(), fingerprintText, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fingerprint() + ": " + e.getMessage(), e);
        }
    }
}
