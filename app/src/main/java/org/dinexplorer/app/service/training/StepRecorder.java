package org.dinexplorer.app.service.training;

import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.runs.RunStore;
import org.dinexplorer.storage.runs.StepLoss;

/**
 * Keeps a bounded number of step-loss rows per run: one row per window of K steps holding the window's mean loss,
 * with K chosen so that a run stores at most about {@value #MAX_ROWS} rows. Rows are written in small batches.
 */
final class StepRecorder {

    static final int MAX_ROWS = 2000;
    private static final int FLUSH_ROWS = 100;

    private final RunStore store;
    private final long runId;
    private final long window;
    private final List<StepLoss> pending = new ArrayList<>();
    private double lossSum;
    private int count;

    StepRecorder(RunStore store, long runId, long totalSteps) {
        this.store = store;
        this.runId = runId;
        this.window = windowFor(totalSteps);
    }

    /** Steps per stored row for a run of {@code totalSteps} steps. */
    static long windowFor(long totalSteps) {
        return Math.max(1, (totalSteps + MAX_ROWS - 1) / MAX_ROWS);
    }

    void add(StepProgress step) {
        lossSum += step.loss();
        count++;
        if (step.step() % window == 0) {
            pending.add(new StepLoss(step.step(), step.epoch(), lossSum / count, step.samplesPerSecond()));
            lossSum = 0;
            count = 0;
            if (pending.size() >= FLUSH_ROWS) {
                flush();
            }
        }
    }

    void flush() {
        store.addSteps(runId, pending);
        pending.clear();
    }
}
