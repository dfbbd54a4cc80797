package org.dinexplorer.storage.overview;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;

/**
 * Reads the {@link DataOverview} of a database from the figures the importer keeps chunk by chunk (see
 * {@code V005__overview_figures.sql}): a few hundred rows whatever the size of the data, so it answers at once. Days
 * are Asia/Shanghai calendar days (UTC+8, no daylight saving), as in the Taobao dataset.
 */
public final class OverviewReader {

    private final Database database;

    /** A reader of {@code database}. */
    public OverviewReader(Database database) {
        this.database = database;
    }

    /**
     * Reads the overview.
     *
     * @throws StorageException if the database cannot be read
     */
    public DataOverview read() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // no rows are ever deleted, so a table holds what its imports stored
            Map<String, Long> rows = counts(statement, "SELECT file_role, sum(rows_stored) FROM import_batches "
                    + "GROUP BY file_role");
            Map<String, Long> distinct = counts(statement, "SELECT kind, value_count FROM distinct_counts");
            return new DataOverview(rows.getOrDefault("raw_sample", 0L), rows.getOrDefault("ad_feature", 0L),
                    rows.getOrDefault("user_profile", 0L), rows.getOrDefault("behavior_log", 0L),
                    distinct.getOrDefault("impression_user", 0L), distinct.getOrDefault("impression_ad", 0L),
                    distinct.getOrDefault("category", 0L), distinct.getOrDefault("brand", 0L),
                    impressionDays(statement, "SELECT day, impressions, clicks FROM impression_days ORDER BY day"),
                    behaviorDays(statement, "SELECT day, btag, behaviors FROM behavior_days ORDER BY day, btag"));
        } catch (SQLException e) {
            throw new StorageException("Cannot read the overview of " + database.file() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> counts(Statement statement, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** Impression days from {@code sql}'s rows (day, impressions, clicks), oldest first. */
    static List<DataOverview.ImpressionDay> impressionDays(Statement statement, String sql) throws SQLException {
        List<DataOverview.ImpressionDay> days = new ArrayList<>();
        try (var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                days.add(new DataOverview.ImpressionDay(rows.getString(1), rows.getLong(2), rows.getLong(3)));
            }
        }
        return days;
    }

    /** Behaviour days from {@code sql}'s rows (day, btag code 1 to 4, behaviours), oldest first. */
    static List<DataOverview.BehaviorDay> behaviorDays(Statement statement, String sql) throws SQLException {
        Map<String, long[]> byDay = new LinkedHashMap<>();
        try (var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                byDay.computeIfAbsent(rows.getString(1), day -> new long[4])[rows.getInt(2) - 1] = rows.getLong(3);
            }
        }
        List<DataOverview.BehaviorDay> days = new ArrayList<>();
        byDay.forEach((day, counts) -> days.add(new DataOverview.BehaviorDay(day, counts[0], counts[1], counts[2],
                counts[3])));
        return days;
    }
}
