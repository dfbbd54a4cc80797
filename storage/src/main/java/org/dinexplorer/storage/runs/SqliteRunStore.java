package org.dinexplorer.storage.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RunStore} on the {@code runs}, {@code run_epochs} and {@code run_steps} tables of a DIN Explorer database.
 * Each call opens its own short connection, so one store can be shared by the training thread and the UI.
 */
public final class SqliteRunStore implements RunStore {

    /** Heartbeat age after which a running run counts as interrupted. */
    public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(SqliteRunStore.class);

    private final Jdbc jdbc;
    private final CurveTables curves;
    private final Clock clock;
    private final StaleRuns staleRuns;
    private final long ownPid = ProcessHandle.current().pid();

    /** A store with the system clock, a 60 s heartbeat timeout and the operating system's process table. */
    public SqliteRunStore(Database database) {
        this(database, Clock.systemUTC(), DEFAULT_HEARTBEAT_TIMEOUT,
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /**
     * A store with its own notion of time and liveness (for tests).
     *
     * @param clock            source of timestamps
     * @param heartbeatTimeout heartbeat age after which a running run is interrupted, positive
     * @param processAlive     tells whether a process id is alive
     */
    public SqliteRunStore(Database database, Clock clock, Duration heartbeatTimeout, LongPredicate processAlive) {
        this.jdbc = new Jdbc(database);
        this.curves = new CurveTables(jdbc);
        this.clock = clock;
        this.staleRuns = new StaleRuns(clock, heartbeatTimeout, processAlive);
    }

    @Override
    public long create(NewRun run) {
        String sql = "INSERT INTO runs (parent_run_id, name, notes, model_variant, status, config_json, config_sha256,"
                + " seed, data_fingerprint, environment_json, created_at) VALUES (?,?,?,?,'CREATED',?,?,?,?,?,?)";
        return jdbc.inConnection("storing a new run", connection -> {
            if (run.parentRunId() != null) {
                Jdbc.requireRow(connection, run.parentRunId());
            }
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                RunRows.setNullableLong(insert, 1, run.parentRunId());
                insert.setString(2, run.name());
                insert.setString(3, run.notes());
                insert.setString(4, run.modelVariant());
                insert.setString(5, run.configJson());
                insert.setString(6, run.configSha256());
                insert.setLong(7, run.seed());
                insert.setString(8, run.dataFingerprint());
                insert.setString(9, run.environmentJson());
                insert.setString(10, clock.instant().toString());
                insert.executeUpdate();
            }
            long id = lastRowId(connection);
            LOG.info("Run {} created ({}, config {})", id, run.modelVariant(), run.configSha256());
            return id;
        });
    }

    @Override
    public void markRunning(long runId, String runFolder) {
        transition(runId, RunStatus.RUNNING, "UPDATE runs SET status = 'RUNNING', run_folder = ?, owner_pid = ?,"
                + " heartbeat_at = ?, started_at = COALESCE(started_at, ?), failure_message = NULL WHERE run_id = ?",
                statement -> {
                    String now = clock.instant().toString();
                    statement.setString(1, runFolder);
                    statement.setLong(2, ownPid);
                    statement.setString(3, now);
                    statement.setString(4, now);
                    statement.setLong(5, runId);
                });
    }

    @Override
    public void heartbeat(long runId, int epochsCompleted, long stepsCompleted) {
        // A live owner that was wrongly judged interrupted (e.g. a suspended laptop) takes its run back.
        String sql = "UPDATE runs SET heartbeat_at = ?, epochs_completed = ?, steps_completed = ?,"
                + " status = 'RUNNING', failure_message = NULL"
                + " WHERE run_id = ? AND owner_pid = ? AND status IN ('RUNNING', 'INTERRUPTED')";
        jdbc.inConnection("recording the heartbeat of run " + runId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, clock.instant().toString());
                update.setInt(2, epochsCompleted);
                update.setLong(3, stepsCompleted);
                update.setLong(4, runId);
                update.setLong(5, ownPid);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void finish(long runId, RunStatus status, @Nullable String failureMessage) {
        if (!status.isFinished()) {
            throw new IllegalArgumentException("finish needs a finished status, got " + status);
        }
        transition(runId, status, "UPDATE runs SET status = ?, finished_at = ?, failure_message = ? WHERE run_id = ?",
                statement -> {
                    statement.setString(1, status.name());
                    statement.setString(2, clock.instant().toString());
                    statement.setString(3, failureMessage);
                    statement.setLong(4, runId);
                });
        LOG.info("Run {} {}", runId, status);
    }

    @Override
    public void addEvaluation(long runId, EvaluationPoint point) {
        curves.addEvaluation(runId, point);
    }

    @Override
    public void addSteps(long runId, List<StepLoss> steps) {
        curves.addSteps(runId, steps);
    }

    @Override
    public void truncateAfter(long runId, long step) {
        curves.truncateAfter(runId, step);
    }

    @Override
    public List<RunRecord> list() {
        return queryRuns("SELECT " + RunRows.RUN_COLUMNS + " FROM runs ORDER BY run_id DESC", statement -> { });
    }

    @Override
    public Optional<RunRecord> find(long runId) {
        return queryRuns("SELECT " + RunRows.RUN_COLUMNS + " FROM runs WHERE run_id = ?",
                statement -> statement.setLong(1, runId)).stream().findFirst();
    }

    @Override
    public RunRecord require(long runId) {
        return find(runId).orElseThrow(() -> Jdbc.missing(runId));
    }

    @Override
    public List<RunRecord> children(long runId) {
        return queryRuns("SELECT " + RunRows.RUN_COLUMNS + " FROM runs WHERE parent_run_id = ? ORDER BY run_id",
                statement -> statement.setLong(1, runId));
    }

    @Override
    public RunCurves curves(long runId) {
        return curves.curves(runId);
    }

    @Override
    public List<EvaluationPoint> evaluations(long runId, String split) {
        return curves.evaluations(runId, split);
    }

    @Override
    public void rename(long runId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A run needs a name that is not blank");
        }
        updateText(runId, "name", name.strip());
    }

    @Override
    public void annotate(long runId, String notes) {
        updateText(runId, "notes", notes);
    }

    @Override
    public void delete(long runId) {
        RunRecord run = require(runId);
        if (run.status() == RunStatus.RUNNING) {
            throw new StorageException("Run " + runId + " is still running; stop it before deleting it.");
        }
        jdbc.inConnection("deleting run " + runId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM runs WHERE run_id = ?")) {
                delete.setLong(1, runId);
                return delete.executeUpdate();
            }
        });
        LOG.info("Run {} deleted", runId);
    }

    private List<RunRecord> queryRuns(String sql, Jdbc.Binder binder) {
        return jdbc.inConnection("reading runs", connection -> {
            staleRuns.markInterrupted(connection);
            List<RunRecord> runs = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                binder.bind(query);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        runs.add(RunRows.run(rows));
                    }
                }
            }
            return runs;
        });
    }

    private void transition(long runId, RunStatus next, String sql, Jdbc.Binder binder) {
        jdbc.inConnection("changing the status of run " + runId, connection -> {
            staleRuns.markInterrupted(connection);
            RunStatus current = Jdbc.currentStatus(connection, runId);
            if (!current.canMoveTo(next)) {
                throw new StorageException("Run " + runId + " is " + current + " and cannot become " + next + ".");
            }
            try (PreparedStatement update = connection.prepareStatement(sql + " AND status = ?")) {
                binder.bind(update);
                update.setString((int) sql.chars().filter(c -> c == '?').count() + 1, current.name());
                if (update.executeUpdate() != 1) {
                    throw new StorageException("Run " + runId + " changed while becoming " + next + "; try again.");
                }
            }
            return null;
        });
    }

    private void updateText(long runId, String column, String value) {
        jdbc.inConnection("updating the " + column + " of run " + runId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET " + column + " = ? WHERE run_id = ?")) {
                update.setString(1, value);
                update.setLong(2, runId);
                if (update.executeUpdate() == 0) {
                    throw Jdbc.missing(runId);
                }
            }
            return null;
        });
    }

    private static long lastRowId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
