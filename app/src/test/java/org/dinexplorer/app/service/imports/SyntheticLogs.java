package org.dinexplorer.app.service.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.dinexplorer.storage.db.Database;

/** Writes seeded synthetic Taobao rows (eight Beijing days) into a new database, as the importers store them. */
public final class SyntheticLogs {

    private SyntheticLogs() {
    }

    /**
     * Creates {@code taobao.db} in {@code folder} with {@code users} users, each with a few impressions per day and
     * behaviours spread over the same days (some after the impressions).
     */
    public static Path write(Path folder, int users, long seed) throws SQLException {
        Path file = folder.resolve("taobao.db");
        Database database = Database.open(file);
        Random random = new Random(seed);
        long start = LocalDate.parse("2017-05-06").atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement ad = connection.prepareStatement("INSERT INTO ads (adgroup_id, cate_id, "
                    + "campaign_id, customer, brand, price, import_id, line_number) VALUES (?,?,?,?,?,?,1,?)")) {
                for (int a = 1; a <= 30; a++) {
                    ad.setInt(1, a);
                    ad.setInt(2, 100 + a % 7);
                    ad.setInt(3, 1000 + a % 11);
                    ad.setInt(4, 500 + a % 5);
                    ad.setObject(5, a % 4 == 0 ? null : 200 + a % 9);
                    ad.setDouble(6, 1 + a * 7.5);
                    ad.setInt(7, a + 1);
                    ad.addBatch();
                }
                ad.executeBatch();
            }
            try (PreparedStatement imp = connection.prepareStatement("INSERT INTO impressions (user, time_stamp, "
                    + "adgroup_id, pid, clk, import_id, line_number) VALUES (?,?,?,?,?,1,0)");
                 PreparedStatement beh = connection.prepareStatement("INSERT INTO behaviors (user, time_stamp, btag,"
                         + " cate, brand, import_id) VALUES (?,?,?,?,?,1)")) {
                for (int user = 1; user <= users; user++) {
                    for (int day = 0; day < 8; day++) {
                        for (int k = random.nextInt(4); k > 0; k--) {
                            imp.setInt(1, user);
                            imp.setLong(2, start + day * 86_400L + random.nextInt(86_400));
                            imp.setInt(3, 1 + random.nextInt(30));
                            imp.setString(4, random.nextBoolean() ? "430548_1007" : "430539_1007");
                            imp.setInt(5, random.nextInt(20) == 0 ? 1 : 0);
                            imp.addBatch();
                        }
                    }
                    for (int b = random.nextInt(120); b > 0; b--) {
                        beh.setInt(1, user);
                        beh.setLong(2, start - 86_400L + random.nextInt(9 * 86_400));
                        beh.setInt(3, 1 + random.nextInt(4));
                        beh.setInt(4, 100 + random.nextInt(12));
                        beh.setObject(5, random.nextInt(10) == 0 ? null : 200 + random.nextInt(15));
                        beh.addBatch();
                    }
                }
                imp.executeBatch();
                beh.executeBatch();
            }
            connection.commit();
        }
        return file;
    }
}
