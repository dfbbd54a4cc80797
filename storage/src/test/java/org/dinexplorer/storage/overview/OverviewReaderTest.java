package org.dinexplorer.storage.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewReaderTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseHasAnEmptyOverview() {
        DataOverview overview = new OverviewReader(Database.open(dir.resolve("empty.db"))).read();
        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.impressionDays()).isEmpty();
    }

    @Test
    void countsTablesDistinctIdsAndShanghaiDays() throws SQLException {
        Database database = Database.open(dir.resolve("o.db"));
        try (var connection = database.connect(); Statement statement = connection.createStatement()) {
            // 2017-05-06 15:59:59 UTC is 23:59:59 in Shanghai; one second later it is already 2017-05-07 there
            statement.execute("INSERT INTO impressions VALUES (1, 1494086399, 10, '430548_1007', 1, 1, 2), "
                    + "(1, 1494086400, 11, '430548_1007', 0, 1, 3), (2, 1494086400, 10, '430548_1007', 0, 1, 4)");
            statement.execute("INSERT INTO ads VALUES (10, 5, 1, 1, NULL, 9.5, 2, 2), (11, 6, 1, 1, 77, 1.0, 2, 3)");
            statement.execute("INSERT INTO users (userid, import_id, line_number) VALUES (1, 3, 2)");
            statement.execute("INSERT INTO behaviors VALUES (1, 1494086399, 1, 5, 77, 4), "
                    + "(1, 1494086399, 4, 7, NULL, 4), (2, 1494086400, 2, 5, 78, 4)");
        }
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
    }
}
