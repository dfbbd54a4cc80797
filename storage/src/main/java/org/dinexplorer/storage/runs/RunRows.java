package org.dinexplorer.storage.runs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Maps rows of {@code runs}, {@code run_epochs} and {@code run_steps} to records and back. */
final class RunRows {

    static final String RUN_COLUMNS = "run_id, parent_run_id, name, notes, model_variant, status, config_json,"
            + " config_sha256, seed, data_fingerprint, environment_json, created_at, started_at, finished_at,"
            + " heartbeat_at, owner_pid, run_folder, failure_message, epochs_completed, steps_completed";

    static final String EVALUATION_COLUMNS = "epoch, step, split, epoch_end, loss, auc, gauc, logloss, accuracy,"
            + " sample_count, users_in_gauc, elapsed_seconds, gauc_clicks";

    private RunRows() {
    }

    static RunRecord run(ResultSet row) throws SQLException {
        return new RunRecord(row.getLong("run_id"), nullableLong(row, "parent_run_id"), row.getString("name"),
                row.getString("notes"), row.getString("model_variant"), RunStatus.valueOf(row.getString("status")),
                row.getString("config_json"), row.getString("config_sha256"), row.getLong("seed"),
                row.getString("data_fingerprint"), row.getString("environment_json"),
                Instant.parse(row.getString("created_at")), instant(row, "started_at"),
                instant(row, "finished_at"), instant(row, "heartbeat_at"), nullableLong(row, "owner_pid"),
                row.getString("run_folder"), row.getString("failure_message"), row.getInt("epochs_completed"),
                row.getLong("steps_completed"));
    }

    static EvaluationPoint evaluation(ResultSet row) throws SQLException {
        return new EvaluationPoint(row.getInt("epoch"), row.getLong("step"), row.getString("split"),
                row.getInt("epoch_end") == 1, real(row, "loss"), real(row, "auc"), real(row, "gauc"),
                real(row, "gauc_clicks"), real(row, "logloss"), real(row, "accuracy"), row.getLong("sample_count"),
                row.getInt("users_in_gauc"), row.getDouble("elapsed_seconds"));
    }

    static StepLoss step(ResultSet row) throws SQLException {
        return new StepLoss(row.getLong("step"), row.getInt("epoch"), real(row, "loss"),
                real(row, "samples_per_second"));
    }

    static void bindEvaluation(PreparedStatement insert, long runId, EvaluationPoint p) throws SQLException {
        insert.setLong(1, runId);
        insert.setInt(2, p.epoch());
        insert.setLong(3, p.step());
        insert.setString(4, p.split());
        insert.setInt(5, p.epochEnd() ? 1 : 0);
        setReal(insert, 6, p.trainLoss());
        setReal(insert, 7, p.auc());
        setReal(insert, 8, p.gauc());
        setReal(insert, 9, p.logLoss());
        setReal(insert, 10, p.accuracy());
        insert.setLong(11, p.sampleCount());
        insert.setInt(12, p.usersInGauc());
        insert.setDouble(13, finiteOrZero(p.elapsedSeconds()));
        setReal(insert, 14, p.gaucClicks());
    }

    static void bindStep(PreparedStatement insert, long runId, StepLoss s) throws SQLException {
        insert.setLong(1, runId);
        insert.setLong(2, s.step());
        insert.setInt(3, s.epoch());
        setReal(insert, 4, s.loss());
        setReal(insert, 5, s.samplesPerSecond());
    }

    /** NaN and infinities have no SQLite representation; they are stored as NULL and read back as NaN. */
    static void setReal(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            statement.setDouble(index, value);
        } else {
            statement.setNull(index, Types.REAL);
        }
    }

    static void setNullableLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static double real(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }

    private static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Instant.parse(text);
    }
}
