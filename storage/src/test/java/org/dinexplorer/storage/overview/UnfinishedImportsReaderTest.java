package org.dinexplorer.storage.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnfinishedImportsReaderTest {

    @TempDir
    Path dir;

    @Test
    void listsStoppedImportsUnlessTheSameFileWasImportedAgainLater() throws SQLException {
        Database database = Database.open(dir.resolve("u.db"));
        try (var connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO import_batches (import_id, file_role, file_name, file_path, size_bytes, "
                    + "sha256, status, started_at, cursor_line, rows_read) VALUES "
                    + "(1, 'behavior_log', 'behavior_log.csv', '/a/behavior_log.csv', 9, '', 'CANCELLED', 't', 100, 99),"
                    + "(2, 'behavior_log', 'behavior_log.csv', '/a/behavior_log.csv', 9, 'h', 'DONE', 't', 500, 499),"
                    + "(3, 'raw_sample', 'raw_sample.csv', '/a/raw_sample.csv', 9, '', 'RUNNING', 't', 200, 199),"
                    + "(4, 'ad_feature', 'ad_feature.csv', '/a/ad_feature.csv', 9, 'h', 'DONE', 't', 10, 9)");
        }
        assertThat(new UnfinishedImportsReader(database).find()).containsExactly(
                new UnfinishedImport(3, "raw_sample.csv", "/a/raw_sample.csv", "RUNNING", 200, 199));
    }
}
