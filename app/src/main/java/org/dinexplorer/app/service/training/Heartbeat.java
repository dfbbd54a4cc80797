package org.dinexplorer.app.service.training;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dinexplorer.storage.runs.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the database every few seconds that a run's process is alive, from its own daemon thread, so long steps or
 * evaluations never make a live run look interrupted. Closing it stops the beats.
 */
final class Heartbeat implements AutoCloseable {

    static final long INTERVAL_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final RunStore store;
    private final long runId;
    private final AtomicInteger epochs = new AtomicInteger();
    private final AtomicLong steps = new AtomicLong();
    private final ScheduledExecutorService timer;

    Heartbeat(RunStore store, long runId, int epochsCompleted, long stepsCompleted) {
        this.store = store;
        this.runId = runId;
        epochs.set(epochsCompleted);
        steps.set(stepsCompleted);
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "run-" + runId + "-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::beat, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    void progress(int epochsCompleted, long stepsCompleted) {
        epochs.set(epochsCompleted);
        steps.set(stepsCompleted);
    }

    void beat() {
        try {
            store.heartbeat(runId, epochs.get(), steps.get());
        } catch (RuntimeException e) {
            // a missed beat is harmless unless it repeats for a minute; the next one may succeed
            LOG.warn("Heartbeat of run {} failed: {}", runId, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        beat();
    }
}
