package org.dinexplorer.storage.overview;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dinexplorer.storage.db.Database;

/**
 * The overview computed the slow way, by scanning the imported tables: what the figures the importer keeps must
 * equal at every committed chunk.
 */
public final class OverviewScan {

    private static final String DAY = "date(time_stamp + 28800, 'unixepoch')";

    private OverviewScan() {
    }

    /** Scans the tables of {@code database}. */
    public static DataOverview of(Database database) throws SQLException {
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
                    OverviewReader.impressionDays(statement, "SELECT " + DAY + " AS day, count(*), sum(clk) "
                            + "FROM impressions GROUP BY day ORDER BY day"),
                    OverviewReader.behaviorDays(statement, "SELECT " + DAY + " AS day, btag, count(*) FROM behaviors "
                            + "GROUP BY day, btag ORDER BY day, btag"));
        }
    }

    /** Rejected rows per reason code, counted in {@code rejected_rows}. */
    public static Map<String, Long> rejectsByReason(Database database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT reason, count(*) AS n FROM rejected_rows GROUP BY reason "
                     + "ORDER BY n DESC, reason")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
