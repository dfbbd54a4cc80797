package org.dinexplorer.storage.overview;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;

/**
 * Computes a {@link DataOverview} of a database. Days are Asia/Shanghai calendar days (UTC+8, no daylight saving), as
 * in the Taobao dataset. On the full dataset the behaviour queries scan hundreds of millions of rows, so call it off
 * the UI thread.
 */
public final class OverviewReader {

    /** Seconds added to a Unix timestamp to get Asia/Shanghai wall-clock time. */
    private static final int SHANGHAI_OFFSET_SECONDS = 8 * 3600;
    private static final String DAY = "date(time_stamp + " + SHANGHAI_OFFSET_SECONDS + ", 'unixepoch')";

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
            return new DataOverview(count(statement, "SELECT count(*) FROM impressions"),
                    count(statement, "SELECT count(*) FROM ads"),
                    count(statement, "SELECT count(*) FROM users"),
                    count(statement, "SELECT count(*) FROM behaviors"),
                    count(statement, "SELECT count(DISTINCT user) FROM impressions"),
                    count(statement, "SELECT count(DISTINCT adgroup_id) FROM impressions"),
                    count(statement, "SELECT count(*) FROM (SELECT cate_id FROM ads UNION SELECT cate FROM behaviors)"),
                    count(statement, "SELECT count(*) FROM (SELECT brand FROM ads WHERE brand IS NOT NULL "
                            + "UNION SELECT brand FROM behaviors WHERE brand IS NOT NULL)"),
                    impressionDays(statement), behaviorDays(statement));
        } catch (SQLException e) {
            throw new StorageException("Cannot read the overview of " + database.file() + ": " + e.getMessage(), e);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<DataOverview.ImpressionDay> impressionDays(Statement statement) throws SQLException {
        List<DataOverview.ImpressionDay> days = new ArrayList<>();
        try (var rows = statement.executeQuery("SELECT " + DAY + " AS day, count(*), sum(clk) FROM impressions "
                + "GROUP BY day ORDER BY day")) {
            while (rows.next()) {
                days.add(new DataOverview.ImpressionDay(rows.getString(1), rows.getLong(2), rows.getLong(3)));
            }
        }
        return days;
    }

    private static List<DataOverview.BehaviorDay> behaviorDays(Statement statement) throws SQLException {
        Map<String, long[]> byDay = new LinkedHashMap<>();
        try (var rows = statement.executeQuery("SELECT " + DAY + " AS day, btag, count(*) FROM behaviors "
                + "GROUP BY day, btag ORDER BY day, btag")) {
            while (rows.next()) {
                int btag = rows.getInt(2);
                if (btag >= 1 && btag <= 4) {
                    byDay.computeIfAbsent(rows.getString(1), day -> new long[4])[btag - 1] = rows.getLong(3);
                }
            }
        }
        List<DataOverview.BehaviorDay> days = new ArrayList<>();
        byDay.forEach((day, counts) -> days.add(new DataOverview.BehaviorDay(day, counts[0], counts[1], counts[2],
                counts[3])));
        return days;
    }
}
