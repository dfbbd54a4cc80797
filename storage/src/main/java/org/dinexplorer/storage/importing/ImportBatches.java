package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@code import_batches} and reads {@code rejected_rows} for reports. */
final class ImportBatches {

    /** One row of {@code import_batches}. */
    record Batch(long importId, String fileName, long sizeBytes, String sha256, String status, Counts counts) {
    }

    private static final String COLUMNS = "import_id, file_name, size_bytes, sha256, status, cursor_line,"
            + " cursor_bytes, rows_read, rows_stored, rows_rejected, rows_duplicate";

    private final Connection connection;

    ImportBatches(Connection connection) {
        this.connection = connection;
    }

    /** Finished imports of this role with this size: the candidates for "already imported". */
    List<Batch> finished(FileRole role, long sizeBytes) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM import_batches WHERE file_role = ? AND size_bytes = ?"
                + " AND status = 'DONE' ORDER BY import_id", role.stem(), sizeBytes);
    }

    /**
     * The latest unfinished import of the same file (role, name, size and first 64 KiB) with the same row rules
     * ({@link ImportConfig#rowRulesJson()}), if any.
     */
    Optional<Batch> unfinished(FileRole role, String fileName, long sizeBytes, String headSha256, String rowRules)
            throws SQLException {
        List<Batch> batches = query("SELECT " + COLUMNS + " FROM import_batches WHERE file_role = ?"
                + " AND file_name = ? AND size_bytes = ? AND head_sha256 = ? AND options_json = ?"
                + " AND status <> 'DONE' ORDER BY import_id DESC LIMIT 1", role.stem(), fileName, sizeBytes,
                headSha256, rowRules);
        return batches.stream().findFirst();
    }

    private List<Batch> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Batch> batches = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Counts counts = new Counts();
                    counts.cursorLine = rows.getLong(6);
                    counts.cursorBytes = rows.getLong(7);
                    counts.read = rows.getLong(8);
                    counts.stored = rows.getLong(9);
                    counts.rejected = rows.getLong(10);
                    counts.duplicate = rows.getLong(11);
                    batches.add(new Batch(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                            rows.getString(5), counts));
                }
            }
            return batches;
        }
    }

    /** Records a new import as RUNNING and returns its id; commits when the connection is in auto-commit. */
    long create(ImportSource source, long sizeBytes, String headSha256, String rowRules) throws SQLException {
        String sql = "INSERT INTO import_batches (file_role, file_name, file_path, size_bytes, sha256, head_sha256,"
                + " status, started_at, options_json) VALUES (?, ?, ?, ?, '', ?, 'RUNNING', ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, source.role().stem());
            statement.setString(2, source.fileName());
            statement.setString(3, source.file().toAbsolutePath().toString());
            statement.setLong(4, sizeBytes);
            statement.setString(5, headSha256);
            statement.setString(6, Instant.now().toString());
            statement.setString(7, rowRules);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Saves cursor and counts; called inside the chunk's transaction so they always match the stored rows. */
    void saveCursor(PreparedStatement update, long importId, Counts counts) throws SQLException {
        update.setLong(1, counts.cursorLine);
        update.setLong(2, counts.cursorBytes);
        update.setLong(3, counts.read);
        update.setLong(4, counts.stored);
        update.setLong(5, counts.rejected);
        update.setLong(6, counts.duplicate);
        update.setLong(7, importId);
        update.executeUpdate();
    }

    /** The statement {@link #saveCursor} uses; prepared once per file. */
    PreparedStatement prepareCursorUpdate() throws SQLException {
        return connection.prepareStatement("UPDATE import_batches SET status = 'RUNNING', cursor_line = ?,"
                + " cursor_bytes = ?, rows_read = ?, rows_stored = ?, rows_rejected = ?, rows_duplicate = ?"
                + " WHERE import_id = ?");
    }

    /** Sets the final status (and, when known, the file's sha256) and the finishing time. */
    void finish(long importId, String status, String sha256) throws SQLException {
        String sql = "UPDATE import_batches SET status = ?, finished_at = ?,"
                + " sha256 = CASE WHEN ? = '' THEN sha256 ELSE ? END WHERE import_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, status);
            statement.setString(2, Instant.now().toString());
            statement.setString(3, sha256);
            statement.setString(4, sha256);
            statement.setLong(5, importId);
            statement.executeUpdate();
        }
    }

    /** Rejected rows of an import per reason, as counted chunk by chunk ({@link OverviewTally}). */
    Map<RejectReason, Long> reasons(long importId) throws SQLException {
        Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
        String sql = "SELECT reason, row_count FROM reject_counts WHERE import_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, importId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reasons.put(RejectReason.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return reasons;
    }

    /** The first {@code limit} rejected rows of an import by line number. */
    List<RowProblem> problems(long importId, int limit) throws SQLException {
        String sql = "SELECT line_number, reason, detail, raw_text FROM rejected_rows WHERE import_id = ?"
                + " ORDER BY line_number LIMIT ?";
        List<RowProblem> problems = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, importId);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    problems.add(new RowProblem(rows.getLong(1), RejectReason.valueOf(rows.getString(2)),
                            rows.getString(3), rows.getString(4)));
                }
            }
        }
        return problems;
    }
}
