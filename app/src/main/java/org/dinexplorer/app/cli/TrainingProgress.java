package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.train.EpochResult;
import org.dinexplorer.model.train.StepProgress;

/** Training progress on stderr: a throttled step line, plus one line per run event and per epoch. */
final class TrainingProgress implements TrainingObserver {

    private final CliProgress progress;
    private final PrintWriter err;
    private long totalSteps;

    TrainingProgress(CliProgress progress, PrintWriter err) {
        this.progress = progress;
        this.err = err;
    }

    @Override
    public void onRunCreated(long runId) {
        err.println("Run " + runId + " created");
        err.flush();
    }

    @Override
    public void onTrainingStart(int epochs, long stepsPerEpoch, long fromStep) {
        totalSteps = epochs * stepsPerEpoch;
        if (fromStep > 0) {
            err.println("Resuming at step " + fromStep + " of " + totalSteps);
            err.flush();
        }
    }

    @Override
    public void onStep(StepProgress s) {
        progress.accept(JobProgress.of(s.step(), totalSteps, String.format(Locale.ROOT,
                "epoch %d, step %d/%d, loss %.4f, %,.0f samples/s", s.epoch(), s.stepInEpoch(), s.stepsInEpoch(),
                s.loss(), s.samplesPerSecond())));
    }

    @Override
    public void onEpochEnd(EpochResult r) {
        var v = r.validation();
        err.println(String.format(Locale.ROOT, "Epoch %d: train loss %.5f, %,.0f samples/s%s", r.epoch(),
                r.trainLoss(), r.samplesPerSecond(), v == null ? "" : String.format(Locale.ROOT,
                        ", validation AUC %.4f, GAUC %.4f (by clicks %.4f), logloss %.5f", v.auc(), v.gauc(),
                        v.gaucClicks(), v.logLoss())));
        err.flush();
    }
}
