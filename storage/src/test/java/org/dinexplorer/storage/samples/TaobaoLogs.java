package org.dinexplorer.storage.samples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.storage.db.Database;

/** Writes hand-made Taobao rows straight into a fresh database, the way the importers store them. */
final class TaobaoLogs {

    private final Database database;
    private final List<Object[]> impressions = new ArrayList<>();
    private final List<Object[]> ads = new ArrayList<>();
    private final List<Object[]> users = new ArrayList<>();
    private final List<Object[]> behaviors = new ArrayList<>();

    TaobaoLogs(Path folder) {
        this.database = Database.open(folder.resolve("taobao.db"));
    }

    Database database() {
        return database;
    }

    /** UTC seconds of a Beijing local time such as {@code 2017-05-12T10:00}. */
    static long beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SplitPlan.DAY_ZONE).toEpochSecond();
    }

    TaobaoLogs impression(int user, long time, int adgroup, String pid, int clk) {
        impressions.add(new Object[] {user, time, adgroup, pid, clk, 1, impressions.size() + 2});
        return this;
    }

    TaobaoLogs ad(int adgroup, int cate, int campaign, int customer, Integer brand, double price) {
        ads.add(new Object[] {adgroup, cate, campaign, customer, brand, price, 1, ads.size() + 2});
        return this;
    }

    /** A user with the given profile values; null means missing. */
    TaobaoLogs user(int userid, Integer... profile) {
        Object[] row = new Object[11];
        row[0] = userid;
        for (int f = 0; f < 8; f++) {
            row[f + 1] = f < profile.length ? profile[f] : null;
        }
        row[9] = 1;
        row[10] = users.size() + 2;
        users.add(row);
        return this;
    }

    TaobaoLogs behavior(int user, long time, int btag, int cate, Integer brand) {
        behaviors.add(new Object[] {user, time, btag, cate, brand, 1});
        return this;
    }

    /** Writes everything collected so far and clears the buffers. */
    TaobaoLogs store() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            insert(connection, "INSERT INTO impressions (user, time_stamp, adgroup_id, pid, clk, import_id, "
                    + "line_number) VALUES (?,?,?,?,?,?,?)", impressions);
            insert(connection, "INSERT INTO ads (adgroup_id, cate_id, campaign_id, customer, brand, price, import_id,"
                    + " line_number) VALUES (?,?,?,?,?,?,?,?)", ads);
            insert(connection, "INSERT INTO users (userid, cms_segid, cms_group_id, final_gender_code, age_level, "
                    + "pvalue_level, shopping_level, occupation, new_user_class_level, import_id, line_number) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", users);
            insert(connection, "INSERT INTO behaviors (user, time_stamp, btag, cate, brand, import_id) "
                    + "VALUES (?,?,?,?,?,?)", behaviors);
            connection.commit();
        }
        impressions.clear();
        ads.clear();
        users.clear();
        behaviors.clear();
        return this;
    }

    private static void insert(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    statement.setObject(c + 1, row[c]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    DatasetSummary build(DatasetConfig config) {
        return new DatasetBuilder(database).build(config, BuildListener.NONE, () -> false);
    }

    /** Builds with {@code readers} parallel behaviour readers on a pool that is shut down afterwards. */
    DatasetSummary buildWithReaders(DatasetConfig config, int readers) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        try {
            return new DatasetBuilder(database, pool, readers).build(config, BuildListener.NONE, () -> false);
        } finally {
            pool.shutdownNow();
        }
    }

    SampleReader reader() {
        return SampleReader.open(database);
    }
}
