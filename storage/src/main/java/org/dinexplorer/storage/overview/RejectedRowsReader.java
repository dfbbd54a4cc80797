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

/**
 * Reads the rows imports rejected, for the rejects browser and its CSV export. Rows come in import order (by import,
 * then line) and are paged by key: a page starts after the last row of the previous one and is read from the primary
 * key (all reasons) or {@code rejected_rows_by_reason} (one reason), so every page costs the same however many rows
 * were rejected.
 */
public final class RejectedRowsReader {

    private static final String SELECT = "SELECT b.file_name, r.import_id, r.line_number, r.reason, r.detail,"
            + " r.raw_text FROM rejected_rows r JOIN import_batches b ON b.import_id = r.import_id"
            + " WHERE (r.import_id, r.line_number) > (?, ?) ";

    private final Database database;

    /** A reader of {@code database}. */
    public RejectedRowsReader(Database database) {
        this.database = database;
    }

    /** Rejected rows per reason code, most frequent first, from the counts the importer keeps. */
    public Map<String, Long> countsByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        String sql = "SELECT reason, sum(row_count) AS n FROM reject_counts GROUP BY reason ORDER BY n DESC, reason";
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return counts;
    }

    /**
     * Up to {@code limit} rejected rows after {@code after}, optionally of one reason only.
     *
     * @param reason a reason code, or null for all
     * @param after  the last row of the previous page, or null for the first page
     * @param limit  1 or more
     */
    public List<RejectedRow> page(@Nullable String reason, @Nullable RejectedRow after, int limit) {
        List<RejectedRow> found = new ArrayList<>();
        forEach(reason, after, limit, found::add);
        return found;
    }

    /** Streams every rejected row (optionally of one reason) to {@code sink}, in import order. */
    public void forEach(@Nullable String reason, Consumer<RejectedRow> sink) {
        forEach(reason, null, Long.MAX_VALUE, sink);
    }

    private void forEach(@Nullable String reason, @Nullable RejectedRow after, long limit,
                         Consumer<RejectedRow> sink) {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql(reason, limit))) {
            statement.setLong(1, after == null ? Long.MIN_VALUE : after.importId());
            statement.setLong(2, after == null ? Long.MIN_VALUE : after.lineNumber());
            if (reason != null) {
                statement.setString(3, reason);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new RejectedRow(rows.getString(1), rows.getLong(2), rows.getLong(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The query of a page: parameters are the key to start after, then the reason when one is given. */
    static String sql(@Nullable String reason, long limit) {
        return SELECT + (reason == null ? "" : "AND r.reason = ? ") + "ORDER BY r.import_id, r.line_number LIMIT "
                + Math.max(1, limit);
    }

    private StorageException failure(SQLException e) {
        return new StorageException("Cannot read rejected rows of " + database.file() + ": " + e.getMessage(), e);
    }
}
