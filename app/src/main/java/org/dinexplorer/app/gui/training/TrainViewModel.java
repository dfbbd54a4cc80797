package org.dinexplorer.app.gui.training;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.jobs.JobHandle;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.jobs.JobRunner;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.training.BatchAdvice;
import org.dinexplorer.app.service.training.RunConfig;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TrainingService;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.samples.Split;
import org.jspecify.annotations.Nullable;

/**
 * State and actions of the Train page: the form, the running job with pause/resume/stop, live curves and the log.
 * The training thread only enqueues updates; {@link #drainUpdates()} (called by the view a few times a second on the
 * FX thread) moves them into the observable state.
 */
public final class TrainViewModel {

    private static final int LOG_LINES = 2_000;

    private final ObservableValue<@Nullable Path> database;
    private final JobRunner jobs;
    private final BackgroundReads reads;
    private final TrainingService training;
    private final DatasetService datasets;
    private final Consumer<Throwable> errors;
    private final TrainForm form = new TrainForm();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper pausedProperty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper datasetInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper batchTip = new ReadOnlyStringWrapper("");
    private long trainSamples;
    private final ReadOnlyIntegerWrapper historyLength = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final TrainCurves curves = new TrainCurves();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private @Nullable Long parentRunId;
    private long startNanos = System.nanoTime();
    private volatile @Nullable LiveUpdates live;
    private @Nullable JobHandle handle;

    /**
     * @param database the open database
     * @param jobs     runs the training job
     * @param reads    short background reads (the training set's summary)
     * @param training the training service
     * @param datasets describes the training set
     * @param errors   shows failures
     */
    public TrainViewModel(ObservableValue<@Nullable Path> database, JobRunner jobs, BackgroundReads reads,
                          TrainingService training, DatasetService datasets, Consumer<Throwable> errors) {
        this.database = database;
        this.jobs = jobs;
        this.reads = reads;
        this.training = training;
        this.datasets = datasets;
        this.errors = errors;
        database.addListener((observable, old, file) -> refreshDataset());
        form.text(TrainField.BATCH_SIZE).addListener((observable, old, value) -> updateBatchTip());
    }

    /** Reads which training set the open database has (its history length is the run's). */
    public void refreshDataset() {
        Path file = database.getValue();
        if (file == null) {
            return;
        }
        reads.read(() -> datasets.findSummary(file), summary -> {
            historyLength.set(summary.map(s -> s.config().historyLength()).orElse(0));
            datasetInfo.set(summary.map(TrainingSetLine::of)
                    .orElse("No training set yet: build one on the Data page first."));
            trainSamples = summary.map(s -> s.split(Split.TRAIN).sampleCount()).orElse(0L);
            updateBatchTip();
        }, errors);
    }

    /** Few optimizer steps per epoch learn little (docs/RESULTS.md): suggest a small batch then. */
    private void updateBatchTip() {
        long batch;
        try {
            batch = Long.parseLong(form.text(TrainField.BATCH_SIZE).get().strip());
        } catch (NumberFormatException e) {
            batch = 0;
        }
        batchTip.set(BatchAdvice.forBatch(trainSamples, batch)
                .map(advice -> advice + " Preset: " + TrainPreset.DEFAULT_DIN + ".").orElse(""));
    }

    /** Validates the form and starts a run; nothing starts if a field is invalid or no training set exists. */
    public void start() {
        Path file = database.getValue();
        if (file == null || historyLength.get() == 0) {
            errors.accept(new IllegalStateException("No training set: build one on the Data page first."));
            return;
        }
        var config = form.toConfig();
        if (config.isEmpty()) {
            return;
        }
        RunConfig runConfig = new RunConfig(config.get(), historyLength.get(), form.seed());
        resetCurves();
        paused.set(false);
        pausedProperty.set(false);
        running.set(true);
        startNanos = System.nanoTime();
        outcome.set("");
        Long parent = parentRunId;
        live = null;
        handle = jobs.submit("Training " + config.get().network().variant(), context -> {
            context.report(JobProgress.indeterminate("Loading the training set"));
            return training.start(file, runConfig, parent, null, liveUpdates(context), context.stopRequested(),
                    paused::get);
        }, this::finished, this::failed);
    }

    /** Continues a cancelled or interrupted run from its last checkpoint. */
    public void resume(long runId) {
        Path file = database.getValue();
        if (file == null) {
            return;
        }
        resetCurves();
        live = null;
        running.set(true);
        startNanos = System.nanoTime();
        handle = jobs.submit("Resuming run " + runId, context -> training.resume(file, runId, liveUpdates(context),
                context.stopRequested(), paused::get), this::finished, this::failed);
    }

    /** The observer of one run, on the training thread: it queues updates and reports steps to the status bar. */
    private LiveUpdates liveUpdates(org.dinexplorer.app.jobs.JobContext context) {
        LiveUpdates updates = new LiveUpdates(context::report);
        live = updates;
        return updates;
    }

    private void finished(RunOutcome result) {
        drainUpdates();
        running.set(false);
        outcome.set(String.format(Locale.ROOT, "Run %d %s after %d epoch(s)%s", result.runId(),
                result.status().name().toLowerCase(Locale.ROOT), result.epochsCompleted(),
                result.test() == null ? "" : String.format(Locale.ROOT, " — test AUC %.4f, GAUC %.4f (by clicks "
                        + "%.4f), logloss %.4f", result.test().auc(), result.test().gauc(), result.test().gaucClicks(),
                        result.test().logLoss())));
        log.add(outcome.get() + (result.message().isBlank() ? "" : " (" + result.message() + ")"));
        if (result.keptModel() != null) {
            // an early stop ends short of the planned steps: the bar is full and the line says what came of it
            progress.set(1);
            status.set("Kept " + result.keptModel().description() + ".");
            log.add(status.get());
        }
        parentRunId = null;
    }

    private void failed(Throwable error) {
        drainUpdates();
        running.set(false);
        outcome.set("Training stopped: " + error.getMessage());
        errors.accept(error);
    }

    /** Pauses or resumes training between batches. */
    public void togglePause() {
        boolean now = !paused.get();
        paused.set(now);
        pausedProperty.set(now);
        log.add(now ? "Paused (the current batch finishes first)" : "Resumed");
    }

    /** Stops training after the current batch; the run is stored as cancelled with its completed epochs. */
    public void stop() {
        if (handle != null) {
            paused.set(false);
            handle.cancel();
            log.add("Stopping after the current batch…");
        }
    }

    /** Prefills the form from a stored run's configuration; the next start becomes its child run. */
    public void trainAgainWithChanges(long runId, DinConfig config, long seed) {
        form.fill(config, seed);
        parentRunId = runId;
        log.add("Form filled from run " + runId + "; the next run will be its child.");
    }

    private void resetCurves() {
        curves.clear();
        progress.set(0);
        status.set("");
    }

    /** Moves queued updates from the training thread into the page's state; call on the FX thread. */
    public void drainUpdates() {
        LiveUpdates updates = live;
        if (updates == null) {
            return;
        }
        curves.add(updates.drainSteps(), updates.drainEvaluations());
        List<String> lines = updates.drainLog();
        log.addAll(lines);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
        StepProgress latest = updates.latest();
        if (latest != null && running.get()) {
            progress.set(updates.fraction(latest));
            status.set(LiveUpdates.stepStatus(latest, Duration.ofNanos(System.nanoTime() - startNanos), paused.get()));
        }
    }

    /** The current run's curves and charts. */
    public TrainCurves curves() {
        return curves;
    }

    /** The form. */
    public TrainForm form() {
        return form;
    }

    /** True while a run trains. */
    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** True while paused. */
    public ReadOnlyBooleanProperty paused() {
        return pausedProperty.getReadOnlyProperty();
    }

    /** Whether Start is allowed: nothing runs (here or elsewhere) and a training set exists. */
    public BooleanBinding canStart(ObservableBooleanValue anyJobRunning) {
        return Bindings.createBooleanBinding(() -> !anyJobRunning.get() && historyLength.get() > 0,
                anyJobRunning, historyLength);
    }

    /** Fraction of the run done, -1 while unknown. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** Epoch, step, samples/s and ETA. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** One line on the training set of the open database. */
    public ReadOnlyStringProperty datasetInfo() {
        return datasetInfo.getReadOnlyProperty();
    }

    /** A hint when the batch size leaves few steps per epoch on this training set; empty otherwise. */
    public ReadOnlyStringProperty batchTip() {
        return batchTip.getReadOnlyProperty();
    }

    /** History length of the training set (0 when there is none). */
    public ReadOnlyIntegerProperty historyLength() {
        return historyLength.getReadOnlyProperty();
    }

    /** The log lines of this session's runs. */
    public ObservableList<String> log() {
        return log;
    }

    /** How the last run ended. */
    public ReadOnlyStringProperty outcome() {
        return outcome.getReadOnlyProperty();
    }
}
