package org.dinexplorer.app.service.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.runs.RunRecord;

/**
 * Finds the model file a user means: a run id (digits) stands for that run's final model, or its last checkpoint
 * when it has none yet; anything else is a path to a model file.
 */
public final class ModelLocator {

    private final RunStores stores;

    /** A locator reading runs from each database's tables. */
    public ModelLocator() {
        this(new RunStores());
    }

    ModelLocator(RunStores stores) {
        this.stores = stores;
    }

    /**
     * The model file behind {@code spec}.
     *
     * @param database the database whose runs a run id refers to
     * @param spec     a run id or a path to a {@code .zip} model file
     * @throws StorageException if the run does not exist or has no model file yet
     */
    public Path resolve(Path database, String spec) {
        String text = spec.strip();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return ofRun(database, Long.parseLong(text));
        }
        return Path.of(text);
    }

    /** The model file of run {@code runId}: its final model, else its last checkpoint. */
    public Path ofRun(Path database, long runId) {
        RunRecord run = stores.forDatabase(database).require(runId);
        RunFiles files = run.runFolder() == null ? RunFiles.of(database, runId)
                : new RunFiles(Path.of(run.runFolder()));
        if (Files.isRegularFile(files.model())) {
            return files.model();
        }
        if (Files.isRegularFile(files.checkpoint())) {
            return files.checkpoint();
        }
        throw new StorageException("Run " + runId + " (" + run.status() + ") has no model file yet in "
                + files.folder() + ".");
    }
}
