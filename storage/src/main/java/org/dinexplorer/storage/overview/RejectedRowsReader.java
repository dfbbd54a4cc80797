package org.dinexplorer.storage.overview;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.jspecify.annotations.Nullable;

/** Reads the rows imports rejected, for the rejects browser and its CSV export. */
public final class RejectedRowsReader {

    private static final String SELECT = "SELECT b.file_name, r.line_number, r.reason, r.detail, r.raw_text "
            + "FROM rejected_rows r JOIN import_batches b ON b.import_id = r.import_id ";

    private final Database database;

    /** A reader of {@code database}. */
    public RejectedRowsReader(Database database) {
        this.database = database;
    }

    /** Rejected rows per reason code, most frequent first. */
    public Map<String, Long> countsByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT reason, count(*) AS n FROM rejected_rows GROUP BY reason ORDER BY n DESC, reason", null,
                rows -> counts.put(rows[0], Long.parseLong(rows[1])));
        return counts;
    }

    /**
     * Up to {@code limit} rejected rows, by file and line, optionally of one reason only.
     *
     * @param reason a reason code, or null for all
     * @param limit  1 or more
     */
    public List<RejectedRow> find(@Nullable String reason, int limit) {
        List<RejectedRow> found = new ArrayList<>();
        forEach(reason, limit, found::add);
        return found;
    }

    /** Streams every rejected row (optionally of one reason) to {@code sink}, by file and line. */
    public void forEach(@Nullable String reason, long limit, Consumer<RejectedRow> sink) {
        String sql = SELECT + (reason == null ? "" : "WHERE r.reason = ? ")
                + "ORDER BY b.file_name, r.import_id, r.line_number LIMIT " + Math.max(1, limit);
        query(sql, reason, cells -> sink.accept(new RejectedRow(cells[0], Long.parseLong(cells[1]), cells[2],
                cells[3], cells[4])));
    }

    private void query(String sql, @Nullable String parameter, Consumer<String[]> sink) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (var rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    String[] cells = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        cells[i] = rows.getString(i + 1);
                    }
                    sink.accept(cells);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read rejected rows of " + database.file() + ": " + e.getMessage(), e);
        }
    }
}
