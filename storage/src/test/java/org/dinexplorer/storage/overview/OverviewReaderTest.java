package org.dinexplorer.storage.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.db.OlderSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewReaderTest {

    /** The last schema version without the overview's figures. */
    private static final int BEFORE_FIGURES = 4;

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseHasAnEmptyOverview() {
        DataOverview overview = new OverviewReader(Database.open(dir.resolve("empty.db"))).read();
        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.impressionDays()).isEmpty();
    }

    @Test
    void theMigrationFillsTheFiguresOfDataImportedBeforeItWithShanghaiDays() throws SQLException {
        Path file = dir.resolve("o.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            OlderSchemas.applyScriptsUpTo(connection, BEFORE_FIGURES);
            statement.execute("INSERT INTO import_batches (import_id, file_role, file_name, file_path, size_bytes, "
                    + "sha256, status, started_at, rows_stored, rows_rejected) VALUES "
                    + "(1, 'raw_sample', 'raw_sample.csv', '/r', 1, 'h', 'DONE', 't', 3, 1), "
                    + "(2, 'ad_feature', 'ad_feature.csv', '/a', 1, 'h', 'DONE', 't', 2, 0), "
                    + "(3, 'user_profile', 'user_profile.csv', '/u', 1, 'h', 'DONE', 't', 1, 0), "
                    + "(4, 'behavior_log', 'behavior_log.csv', '/b', 1, 'h', 'DONE', 't', 3, 0)");
            // 2017-05-06 15:59:59 UTC is 23:59:59 in Shanghai; one second later it is already 2017-05-07 there
            statement.execute("INSERT INTO impressions VALUES (1, 1494086399, 10, '430548_1007', 1, 1, 2), "
                    + "(1, 1494086400, 11, '430548_1007', 0, 1, 3), (2, 1494086400, 10, '430548_1007', 0, 1, 4)");
            statement.execute("INSERT INTO rejected_rows VALUES (1, 5, 'CLICK_FLAG', 'clk is 2', '1,2,3,4,0,2')");
            statement.execute("INSERT INTO ads VALUES (10, 5, 1, 1, NULL, 9.5, 2, 2), (11, 6, 1, 1, 77, 1.0, 2, 3)");
            statement.execute("INSERT INTO users (userid, import_id, line_number) VALUES (1, 3, 2)");
            statement.execute("INSERT INTO behaviors VALUES (1, 1494086399, 1, 5, 77, 4), "
                    + "(1, 1494086399, 4, 7, NULL, 4), (2, 1494086400, 2, 5, 78, 4)");
        }
        Database database = Database.open(file);

        DataOverview overview = new OverviewReader(database).read();

        assertThat(overview.impressionCount()).isEqualTo(3);
        assertThat(overview.adCount()).isEqualTo(2);
        assertThat(overview.userCount()).isEqualTo(1);
        assertThat(overview.behaviorCount()).isEqualTo(3);
        assertThat(overview.distinctUsers()).isEqualTo(2);
        assertThat(overview.distinctAds()).isEqualTo(2);
        assertThat(overview.distinctCategories()).isEqualTo(3); // 5, 6, 7
        assertThat(overview.distinctBrands()).isEqualTo(2); // 77, 78; NULL is not a brand
        assertThat(overview.impressionDays()).containsExactly(
                new DataOverview.ImpressionDay("2017-05-06", 1, 1),
                new DataOverview.ImpressionDay("2017-05-07", 2, 0));
        assertThat(overview.impressionDays().get(0).ctr()).isEqualTo(1.0);
        assertThat(overview.behaviorDays()).containsExactly(
                new DataOverview.BehaviorDay("2017-05-06", 1, 0, 0, 1),
                new DataOverview.BehaviorDay("2017-05-07", 0, 1, 0, 0));
        assertThat(overview).isEqualTo(OverviewScan.of(database));
        assertThat(new RejectedRowsReader(database).countsByReason()).isEqualTo(Map.of("CLICK_FLAG", 1L));
    }
}
