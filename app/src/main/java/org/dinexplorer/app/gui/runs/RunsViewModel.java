package org.dinexplorer.app.gui.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.jobs.JobRunner;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.app.service.interop.ModelExportService;
import org.dinexplorer.app.service.runs.RunCurveCharts;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.app.service.training.RunConfig;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunCurves;
import org.dinexplorer.storage.samples.Split;
import org.jspecify.annotations.Nullable;

/**
 * State and actions of the Runs page. Reading runs and curves are background reads; evaluating a model file is a job.
 * Actions that belong to the Train page (resume, train again with changes) are handed to {@link RunActions}.
 */
public final class RunsViewModel {

    private final ObservableValue<@Nullable Path> database;
    private final JobRunner jobs;
    private final BackgroundReads reads;
    private final RunsServices services;
    private final RunActions actions;
    private final Consumer<Throwable> errors;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final FilteredList<RunSummary> filtered = new FilteredList<>(runs);
    private final StringProperty filter = new SimpleStringProperty("");
    private final Map<Long, RunCurves> curves = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper curveVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * @param database the open database
     * @param jobs     runs model evaluations
     * @param reads    short background reads
     * @param services the services the page calls
     * @param actions  hands runs to the Train page
     * @param errors   shows failures
     */
    public RunsViewModel(ObservableValue<@Nullable Path> database, JobRunner jobs, BackgroundReads reads,
                         RunsServices services, RunActions actions, Consumer<Throwable> errors) {
        this.database = database;
        this.jobs = jobs;
        this.reads = reads;
        this.services = services;
        this.actions = actions;
        this.errors = errors;
        database.addListener((observable, old, file) -> refresh());
        filter.addListener((observable, old, text) -> filtered.setPredicate(run -> matches(run, text)));
    }

    static boolean matches(RunSummary summary, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        var run = summary.run();
        return (run.runId() + " " + run.name() + " " + run.notes() + " " + run.modelVariant() + " " + run.status())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Reads the runs of the open database again. */
    public void refresh() {
        Path file = database.getValue();
        if (file == null) {
            runs.clear();
            return;
        }
        reads.read(() -> services.runs().list(file), list -> {
            runs.setAll(list);
            curves.keySet().retainAll(list.stream().map(s -> s.run().runId()).toList());
            curveVersion.set(curveVersion.get() + 1);
        }, errors);
    }

    /** Loads the curves of the selected runs for the overlay charts. */
    public void select(List<Long> runIds) {
        Path file = database.getValue();
        if (file == null) {
            return;
        }
        reads.read(() -> {
            Map<Long, RunCurves> loaded = new LinkedHashMap<>();
            for (long id : runIds) {
                loaded.put(id, services.runs().curves(file, id));
            }
            return loaded;
        }, loaded -> {
            curves.clear();
            curves.putAll(loaded);
            curveVersion.set(curveVersion.get() + 1);
        }, errors);
    }

    /** Overlay of one evaluation metric of the selected runs on {@code split}, by step. */
    public ChartData metricOverlay(String title, String split, ToDoubleFunction<EvaluationPoint> metric) {
        return RunCurveCharts.metric(title, split, metric, labelledCurves());
    }

    /** Overlay of the training loss of the selected runs, by step. */
    public ChartData lossOverlay() {
        return RunCurveCharts.loss(labelledCurves());
    }

    private Map<String, RunCurves> labelledCurves() {
        Map<String, RunCurves> labelled = new LinkedHashMap<>();
        curves.forEach((id, runCurves) -> labelled.put(label(id), runCurves));
        return labelled;
    }

    private String label(long runId) {
        return runs.stream().filter(s -> s.run().runId() == runId).findFirst()
                .map(s -> "#" + runId + " " + s.run().name()).orElse("#" + runId);
    }

    /** Renames a run. */
    public void rename(long runId, String name) {
        update(() -> services.runs().rename(file(), runId, name.strip()), "Renamed run " + runId);
    }

    /** Replaces a run's notes. */
    public void annotate(long runId, String notes) {
        update(() -> services.runs().annotate(file(), runId, notes), "Notes of run " + runId + " saved");
    }

    /** Deletes a run with its files (the view asks for confirmation first). */
    public void delete(long runId) {
        update(() -> services.runs().delete(file(), runId), "Deleted run " + runId);
    }

    private void update(Runnable change, String message) {
        if (database.getValue() == null) {
            return;
        }
        reads.read(() -> {
            change.run();
            return message;
        }, done -> {
            notice.set(done);
            refresh();
        }, errors);
    }

    private Path file() {
        Path file = database.getValue();
        if (file == null) {
            throw new IllegalStateException("No database is open.");
        }
        return file;
    }

    /** Hands the run's configuration to the Train page; the next run there becomes its child. */
    public void trainAgainWithChanges(RunSummary summary) {
        RunConfig config = RunConfig.fromJson(summary.run().configJson());
        actions.trainAgainWithChanges(summary.run().runId(), config.model(), config.seed());
    }

    /** Continues a cancelled or interrupted run on the Train page. */
    public void resume(RunSummary summary) {
        actions.resume(summary.run().runId());
    }

    /** Opens the run's model on the Explore page. */
    public void explore(RunSummary summary) {
        actions.explore(summary.run().runId());
    }

    /**
     * Writes the run's model to {@code target}: as ONNX or safetensors when the name ends in {@code .onnx} or
     * {@code .safetensors}, else a copy of its model file.
     */
    public void exportModel(long runId, Path target) {
        Path db = database.getValue();
        if (db == null) {
            return;
        }
        Optional<ModelExportService.Format> format = ModelExportService.Format.ofFile(target);
        reads.read(() -> {
            if (format.isPresent()) {
                new ModelExportService(services.models()).export(db, Long.toString(runId), format.get(), target);
                return target;
            }
            return Files.copy(services.models().ofRun(db, runId), target, StandardCopyOption.REPLACE_EXISTING);
        }, written -> notice.set("Model of run " + runId + " exported to " + written), errors);
    }

    /** Evaluates a model file (from another machine, or an exported run) on the test split of the open database. */
    public void evaluateModelFile(Path modelFile) {
        Path db = database.getValue();
        if (db == null) {
            return;
        }
        jobs.submit("Evaluating " + modelFile.getFileName(), context -> services.evaluation().evaluate(db,
                modelFile.toString(), Split.TEST, context.stopRequested()), report -> notice.set(String.format(
                Locale.ROOT, "%s on test: AUC %.4f, GAUC %.4f (by clicks %.4f), logloss %.4f, accuracy %.4f "
                        + "(%,d samples)", modelFile.getFileName(), report.metrics().auc(), report.metrics().gauc(),
                report.metrics().gaucClicks(), report.metrics().logLoss(),
                report.metrics().accuracy(), report.metrics().sampleCount())), errors);
    }

    /** The folder that holds a run's files, if the run has one. */
    public @Nullable Path folderOf(RunSummary summary) {
        String folder = summary.run().runFolder();
        return folder == null ? null : Path.of(folder);
    }

    /** The runs that match the filter. */
    public ObservableList<RunSummary> runs() {
        return filtered;
    }

    /** Text filter over id, name, notes, model and status. */
    public StringProperty filter() {
        return filter;
    }

    /** Changes when the overlay curves change. */
    public ReadOnlyIntegerProperty curveVersion() {
        return curveVersion.getReadOnlyProperty();
    }

    /** The last one-line outcome. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }
}
