package org.dinexplorer.storage.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dinexplorer.storage.runs.RunFixtures.newRun;
import static org.dinexplorer.storage.runs.RunFixtures.point;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRunStoreTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final Set<Long> deadPids = new HashSet<>();
    private SqliteRunStore store;

    @BeforeEach
    void openStore() {
        Database database = Database.open(folder.resolve("runs.db"));
        store = new SqliteRunStore(database, clock, Duration.ofSeconds(60), pid -> !deadPids.contains(pid));
    }

    @Test
    void createdRunIsStoredWithEverythingItWasGiven() {
        long id = store.create(newRun("first", null));

        RunRecord run = store.require(id);
        assertThat(run.name()).isEqualTo("first");
        assertThat(run.status()).isEqualTo(RunStatus.CREATED);
        assertThat(run.configJson()).isEqualTo("{\"a\":1}");
        assertThat(run.configSha256()).isEqualTo("abc123");
        assertThat(run.seed()).isEqualTo(42L);
        assertThat(run.dataFingerprint()).isEqualTo("fp1");
        assertThat(run.environmentJson()).isEqualTo("{\"java\":\"17\"}");
        assertThat(run.createdAt()).isEqualTo(clock.instant());
        assertThat(run.startedAt()).isNull();
        assertThat(run.parentRunId()).isNull();
    }

    @Test
    void runGoesThroughRunningToCompleted() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "/tmp/runs/" + id);
        clock.advance(Duration.ofSeconds(30));
        store.heartbeat(id, 2, 40);
        clock.advance(Duration.ofSeconds(5));
        store.finish(id, RunStatus.COMPLETED, null);

        RunRecord run = store.require(id);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.runFolder()).isEqualTo("/tmp/runs/" + id);
        assertThat(run.ownerPid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(run.epochsCompleted()).isEqualTo(2);
        assertThat(run.stepsCompleted()).isEqualTo(40);
        assertThat(run.finishedAt()).isEqualTo(run.startedAt().plusSeconds(35));
    }

    @Test
    void completedRunCannotBeStartedAgain() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        store.finish(id, RunStatus.COMPLETED, null);

        assertThatThrownBy(() -> store.markRunning(id, "f"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("Run " + id + " is COMPLETED and cannot become RUNNING");
    }

    @Test
    void createdRunCannotCompleteWithoutRunning() {
        long id = store.create(newRun("r", null));

        assertThatThrownBy(() -> store.finish(id, RunStatus.COMPLETED, null))
                .isInstanceOf(StorageException.class).hasMessageContaining("CREATED");
    }

    @Test
    void cancelledRunCanBeResumedAndKeepsItsFirstStartTime() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        Instant firstStart = store.require(id).startedAt();
        store.finish(id, RunStatus.CANCELLED, null);
        clock.advance(Duration.ofMinutes(5));

        store.markRunning(id, "f");

        assertThat(store.require(id).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(store.require(id).startedAt()).isEqualTo(firstStart);
    }

    @Test
    void failedRunKeepsItsMessage() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        store.finish(id, RunStatus.FAILED, "Loss became NaN in epoch 1, step 7");

        assertThat(store.require(id).failureMessage()).isEqualTo("Loss became NaN in epoch 1, step 7");
        assertThat(store.require(id).status().isResumable()).isFalse();
    }

    @Test
    void runWithStaleHeartbeatIsReportedInterrupted() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        clock.advance(Duration.ofSeconds(59));
        assertThat(store.require(id).status()).isEqualTo(RunStatus.RUNNING);

        clock.advance(Duration.ofSeconds(2));

        RunRecord run = store.require(id);
        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(run.failureMessage()).contains("No sign of life");
        assertThat(run.status().isResumable()).isTrue();
    }

    @Test
    void runWhoseOwnerProcessIsGoneIsReportedInterruptedAtOnce() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        deadPids.add(ProcessHandle.current().pid());

        assertThat(store.list()).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED))
                .satisfies(run -> assertThat(run.failureMessage()).contains("pid"));
    }

    @Test
    void realDeadProcessIsRecognisedByTheDefaultLivenessCheck() throws Exception {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        Database database = Database.open(folder.resolve("pid.db"));
        SqliteRunStore real = new SqliteRunStore(database);
        long id = real.create(newRun("r", null));
        real.markRunning(id, "f");
        try (var connection = database.connect(); var update = connection.prepareStatement(
                "UPDATE runs SET owner_pid = ? WHERE run_id = ?")) {
            update.setLong(1, child.pid());
            update.setLong(2, id);
            update.executeUpdate();
        }

        assertThat(real.require(id).status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void interruptedRunCanBeResumed() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        clock.advance(Duration.ofMinutes(2));
        assertThat(store.require(id).status()).isEqualTo(RunStatus.INTERRUPTED);

        store.markRunning(id, "f");

        assertThat(store.require(id).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(store.require(id).failureMessage()).isNull();
    }

    @Test
    void liveOwnerTakesBackARunWronglyJudgedInterrupted() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");
        clock.advance(Duration.ofMinutes(2));
        assertThat(store.require(id).status()).isEqualTo(RunStatus.INTERRUPTED);

        store.heartbeat(id, 1, 10);

        assertThat(store.require(id).status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void childRunsPointToTheirParent() {
        long parent = store.create(newRun("parent", null));
        long child = store.create(newRun("child", parent));
        long other = store.create(newRun("other", null));

        assertThat(store.children(parent)).extracting(RunRecord::runId).containsExactly(child);
        assertThat(store.require(child).parentRunId()).isEqualTo(parent);
        assertThat(store.list()).extracting(RunRecord::runId).containsExactly(other, child, parent);
    }

    @Test
    void childOfMissingRunIsRefused() {
        assertThatThrownBy(() -> store.create(newRun("orphan", 99L)))
                .isInstanceOf(StorageException.class).hasMessageContaining("no run 99");
    }

    @Test
    void deleteRemovesCurvesAndDetachesChildren() {
        long parent = store.create(newRun("parent", null));
        long child = store.create(newRun("child", parent));
        store.addSteps(parent, List.of(new StepLoss(1, 1, 0.7, 1)));
        store.addEvaluation(parent, point(1, 1, "validation", 0.6));

        store.delete(parent);

        assertThat(store.find(parent)).isEmpty();
        assertThat(store.require(child).parentRunId()).isNull();
        assertThat(rowCount("run_steps") + rowCount("run_epochs")).isZero();
    }

    @Test
    void runningRunCannotBeDeleted() {
        long id = store.create(newRun("r", null));
        store.markRunning(id, "f");

        assertThatThrownBy(() -> store.delete(id)).isInstanceOf(StorageException.class)
                .hasMessageContaining("still running");
    }

    @Test
    void renameAndAnnotateChangeOnlyNameAndNotes() {
        long id = store.create(newRun("r", null));
        store.rename(id, "  better name ");
        store.annotate(id, "lr too high?");

        RunRecord run = store.require(id);
        assertThat(run.name()).isEqualTo("better name");
        assertThat(run.notes()).isEqualTo("lr too high?");
        assertThat(run.configJson()).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> store.rename(id, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.annotate(404, "x")).hasMessageContaining("no run 404");
    }

    @Test
    void missingRunIsNamedInTheMessage() {
        assertThat(store.find(7)).isEmpty();
        assertThatThrownBy(() -> store.require(7)).isInstanceOf(StorageException.class)
                .hasMessageContaining("no run 7");
        assertThatThrownBy(() -> store.curves(7)).hasMessageContaining("no run 7");
    }

    private long rowCount(String table) {
        try (var connection = Database.open(folder.resolve("runs.db")).connect();
             var query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             var row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
