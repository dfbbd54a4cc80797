package org.dinexplorer.app.gui.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.train.EpochResult;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunStatus;

/**
 * Collects a run's progress on the training thread without blocking it; the view model drains it on the FX thread a
 * few times a second, so chart points arrive in batches and the FX thread only draws.
 */
final class LiveUpdates implements TrainingObserver {

    private final ConcurrentLinkedQueue<StepProgress> steps = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<EvaluationPoint> evaluations = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> logLines = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Long> runId = new AtomicReference<>();
    private final AtomicReference<StepProgress> latest = new AtomicReference<>();
    private final Consumer<JobProgress> report;
    private volatile long stepsPerEpoch;
    private volatile int epochs;

    /** Updates that also report each step as job progress to {@code report} (the status bar). */
    LiveUpdates(Consumer<JobProgress> report) {
        this.report = report;
    }

    @Override
    public void onRunCreated(long id) {
        runId.set(id);
        logLines.add("Run " + id + " created");
    }

    @Override
    public void onStatus(long id, RunStatus status, String message) {
        logLines.add("Run " + id + ": " + status + (message.isBlank() ? "" : " — " + message));
    }

    @Override
    public void onTrainingStart(int epochCount, long perEpoch, long fromStep) {
        epochs = epochCount;
        stepsPerEpoch = perEpoch;
        logLines.add(String.format(Locale.ROOT, "Training %d epoch(s) of %,d steps%s", epochCount, perEpoch,
                fromStep > 0 ? ", resuming after step " + fromStep : ""));
    }

    @Override
    public void onStep(StepProgress step) {
        steps.add(step);
        latest.set(step);
        report.accept(new JobProgress(fraction(step), String.format(Locale.ROOT,
                "Epoch %d, step %,d — loss %.4f, %,.0f samples/s", step.epoch(), step.step(), step.loss(),
                step.samplesPerSecond())));
    }

    @Override
    public void onEvaluation(EvaluationPoint point) {
        evaluations.add(point);
        logLines.add(String.format(Locale.ROOT, "Epoch %d step %,d %s: AUC %.4f, GAUC %.4f (by clicks %.4f), "
                        + "logloss %.4f", point.epoch(), point.step(), point.split(), point.auc(), point.gauc(),
                point.gaucClicks(), point.logLoss()));
    }

    @Override
    public void onEpochEnd(EpochResult epoch) {
        logLines.add(String.format(Locale.ROOT, "Epoch %d done: train loss %.4f, %.0f samples/s, %.1f s",
                epoch.epoch(), epoch.trainLoss(), epoch.samplesPerSecond(), epoch.seconds()));
    }

    /** The stored run's id once created. */
    Long runId() {
        return runId.get();
    }

    /** The newest step, or null before the first. */
    StepProgress latest() {
        return latest.get();
    }

    /** Fraction of all planned steps done, or -1 before training starts. */
    double fraction(StepProgress step) {
        long total = stepsPerEpoch * epochs;
        return total > 0 ? Math.min(1, (double) step.step() / total) : -1;
    }

    List<StepProgress> drainSteps() {
        return drain(steps);
    }

    List<EvaluationPoint> drainEvaluations() {
        return drain(evaluations);
    }

    List<String> drainLog() {
        return drain(logLines);
    }

    private static <T> List<T> drain(ConcurrentLinkedQueue<T> queue) {
        List<T> items = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            items.add(item);
        }
        return items;
    }

    /** The status line while a run trains: epoch, step, samples/s, elapsed time and ETA (once it can be told). */
    static String stepStatus(StepProgress latest, Duration elapsed, boolean paused) {
        String eta = Double.isNaN(latest.etaSeconds()) ? "estimating…"
                : JobProgress.formatDuration(Duration.ofSeconds((long) latest.etaSeconds()));
        return String.format(Locale.ROOT, "Epoch %d, step %,d of %,d in epoch — %,.0f samples/s, elapsed %s, ETA %s%s",
                latest.epoch(), latest.stepInEpoch(), latest.stepsInEpoch(), latest.samplesPerSecond(),
                JobProgress.formatDuration(elapsed), eta, paused ? " — paused" : "");
    }
}
