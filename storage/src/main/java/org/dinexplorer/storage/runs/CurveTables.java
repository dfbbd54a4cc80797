package org.dinexplorer.storage.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code run_epochs} and {@code run_steps} tables: evaluation points and step losses of runs. */
final class CurveTables {

    private final Jdbc jdbc;

    CurveTables(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void addEvaluation(long runId, EvaluationPoint point) {
        String sql = "INSERT OR REPLACE INTO run_epochs (run_id, " + RunRows.EVALUATION_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        jdbc.inConnection("storing an evaluation of run " + runId, connection -> {
            Jdbc.requireRow(connection, runId);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                RunRows.bindEvaluation(insert, runId, point);
                return insert.executeUpdate();
            }
        });
    }

    void addSteps(long runId, List<StepLoss> steps) {
        if (steps.isEmpty()) {
            return;
        }
        String sql = "INSERT OR REPLACE INTO run_steps (run_id, step, epoch, loss, samples_per_second)"
                + " VALUES (?,?,?,?,?)";
        jdbc.inTransaction("storing step losses of run " + runId, connection -> {
            Jdbc.requireRow(connection, runId);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (StepLoss step : steps) {
                    RunRows.bindStep(insert, runId, step);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    void truncateAfter(long runId, long step) {
        jdbc.inTransaction("truncating the curves of run " + runId, connection -> {
            for (String table : List.of("run_steps", "run_epochs")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE run_id = ? AND step > ?")) {
                    delete.setLong(1, runId);
                    delete.setLong(2, step);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    RunCurves curves(long runId) {
        return jdbc.inConnection("reading the curves of run " + runId, connection -> {
            Jdbc.requireRow(connection, runId);
            List<StepLoss> steps = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT step, epoch, loss, samples_per_second FROM run_steps WHERE run_id = ? ORDER BY step")) {
                query.setLong(1, runId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        steps.add(RunRows.step(rows));
                    }
                }
            }
            return new RunCurves(steps, evaluations(connection, runId, null));
        });
    }

    List<EvaluationPoint> evaluations(long runId, String split) {
        return jdbc.inConnection("reading the evaluations of run " + runId,
                connection -> evaluations(connection, runId, split));
    }

    private static List<EvaluationPoint> evaluations(Connection connection, long runId, @Nullable String split)
            throws SQLException {
        String sql = "SELECT " + RunRows.EVALUATION_COLUMNS + " FROM run_epochs WHERE run_id = ?"
                + (split == null ? "" : " AND split = ?") + " ORDER BY split, step";
        List<EvaluationPoint> points = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, runId);
            if (split != null) {
                query.setString(2, split);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    points.add(RunRows.evaluation(rows));
                }
            }
        }
        return points;
    }
}
