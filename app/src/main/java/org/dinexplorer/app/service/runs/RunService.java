package org.dinexplorer.app.service.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dinexplorer.app.service.export.AtomicFiles;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunCurves;
import org.dinexplorer.storage.runs.RunRecord;
import org.dinexplorer.storage.runs.RunStore;

/**
 * Lists, inspects, renames, annotates and deletes the stored runs of a database. Runs whose process died are
 * reported as interrupted. Blocking (JDBC): call it off the FX thread.
 */
public final class RunService {

    private final RunStores stores;

    /** A service on each database's run tables. */
    public RunService() {
        this(new RunStores());
    }

    RunService(RunStores stores) {
        this.stores = stores;
    }

    /** All runs of {@code database}, newest first, with their latest validation and test metrics. */
    public List<RunSummary> list(Path database) {
        RunStore store = stores.forDatabase(database);
        return store.list().stream().map(run -> summary(store, run)).toList();
    }

    /** The run with this id, if stored. */
    public Optional<RunSummary> find(Path database, long runId) {
        RunStore store = stores.forDatabase(database);
        return store.find(runId).map(run -> summary(store, run));
    }

    /** Runs derived from {@code runId}, oldest first. */
    public List<RunRecord> children(Path database, long runId) {
        return stores.forDatabase(database).children(runId);
    }

    /** Step losses and evaluation points of a run, for its charts. */
    public RunCurves curves(Path database, long runId) {
        return stores.forDatabase(database).curves(runId);
    }

    /** Gives a run another display name (not blank). */
    public void rename(Path database, long runId, String name) {
        stores.forDatabase(database).rename(runId, name);
    }

    /** Replaces a run's notes. */
    public void annotate(Path database, long runId, String notes) {
        stores.forDatabase(database).annotate(runId, notes);
    }

    /**
     * Deletes a run with its curves and its folder (checkpoint, model, log); its child runs stay, without a parent.
     *
     * @throws org.dinexplorer.storage.StorageException if the run is missing or still running
     */
    public void delete(Path database, long runId) {
        RunStore store = stores.forDatabase(database);
        RunRecord run = store.require(runId);
        store.delete(runId);
        Path folder = run.runFolder() == null ? RunFiles.of(database, runId).folder() : Path.of(run.runFolder());
        deleteFolder(folder);
    }

    /**
     * The run with its test evaluation and the validation evaluation of the same model: the one at the kept model's
     * step (where the test point is stored), else the latest.
     */
    private static RunSummary summary(RunStore store, RunRecord run) {
        List<EvaluationPoint> validations = store.evaluations(run.runId(), "validation");
        List<EvaluationPoint> tests = store.evaluations(run.runId(), "test");
        EvaluationPoint test = tests.isEmpty() ? null : tests.get(tests.size() - 1);
        EvaluationPoint latest = validations.isEmpty() ? null : validations.get(validations.size() - 1);
        EvaluationPoint validation = test == null ? latest
                : validations.stream().filter(v -> v.step() == test.step()).findFirst().orElse(latest);
        return new RunSummary(run, validation, test);
    }

    private static void deleteFolder(Path folder) {
        try {
            AtomicFiles.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Run deleted, but its folder " + folder + " could not be removed: "
                    + e.getMessage(), e);
        }
    }
}
