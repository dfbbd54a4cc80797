package org.dinexplorer.storage.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;

/** Short-lived connections for the run tables, with SQL errors wrapped into messages that say what failed. */
final class Jdbc {

    private final Database database;

    Jdbc(Database database) {
        this.database = database;
    }

    <T> T inConnection(String what, SqlWork<T> work) {
        return run(what, false, work);
    }

    /** Runs {@code work} in one transaction that holds the write lock from its start (see Database). */
    <T> T inTransaction(String what, SqlWork<T> work) {
        return run(what, true, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        });
    }

    private <T> T run(String what, boolean writing, SqlWork<T> work) {
        try (Connection connection = writing ? database.connectForWriting() : database.connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("Failed " + what + " in " + database.file() + ": " + e.getMessage(), e);
        }
    }

    static RunStatus currentStatus(Connection connection, long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status FROM runs WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw missing(runId);
                }
                return RunStatus.valueOf(row.getString(1));
            }
        }
    }

    static void requireRow(Connection connection, long runId) throws SQLException {
        currentStatus(connection, runId);
    }

    static StorageException missing(long runId) {
        return new StorageException("There is no run " + runId + " in this database.");
    }

    /** Work on an open connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
