package org.dinexplorer.storage.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run stores its curves on the training thread while its heartbeat and its evaluations are written from
 * other threads, each on its own connection: none of them may fail with "database is locked".
 */
class ConcurrentRunWritesTest {

    private static final int ROUNDS = 400;

    @TempDir
    Path folder;

    @Test
    void stepsEvaluationsAndHeartbeatsFromThreeThreadsAllLand() throws Exception {
        SqliteRunStore store = new SqliteRunStore(Database.open(folder.resolve("runs.db")), Clock.systemUTC(),
                Duration.ofSeconds(60), pid -> true);
        long runId = store.create(new NewRun(null, "busy", "", "DIN", "{}", "sha", 1L, "fp", "{}"));
        store.markRunning(runId, folder.toString());

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(threads.submit(() -> {
                for (int i = 1; i <= ROUNDS; i++) {
                    store.addSteps(runId, List.of(new StepLoss(i, 1, 0.5, 100)));
                }
            }));
            work.add(threads.submit(() -> {
                for (int i = 1; i <= ROUNDS; i++) {
                    store.addEvaluation(runId, new EvaluationPoint(1, i, "validation", false, 0.5, 0.6, 0.55, 0.57, 0.4,
                            0.9, 10, 2, i));
                }
            }));
            work.add(threads.submit(() -> {
                for (int i = 1; i <= ROUNDS; i++) {
                    store.heartbeat(runId, 0, i);
                }
            }));
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        RunCurves curves = store.curves(runId);
        assertThat(curves.steps()).hasSize(ROUNDS);
        assertThat(store.require(runId).stepsCompleted()).isEqualTo(ROUNDS);
    }
}
