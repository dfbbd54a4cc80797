package org.dinexplorer.storage.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsReaderTest {

    @TempDir
    Path dir;

    private Database databaseWithRejects() throws SQLException {
        Database database = Database.open(dir.resolve("r.db"));
        try (var connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO import_batches (import_id, file_role, file_name, file_path, size_bytes, "
                    + "sha256, status, started_at) VALUES (1, 'raw_sample', 'raw_sample.csv', '/x', 10, 'h', 'DONE', 't'),"
                    + " (2, 'behavior_log', 'behavior_log.csv', '/y', 10, 'h', 'DONE', 't')");
            statement.execute("INSERT INTO rejected_rows VALUES (1, 9, 'CLICK_FLAG', 'clk is 2', '1,2,3,4,0,2'), "
                    + "(1, 4, 'NOT_NUMERIC', 'user is abc', 'abc,1,2,3,1,0'), "
                    + "(2, 3, 'UNKNOWN_BTAG', 'btag is look', '1,2,look,4,5'), "
                    + "(2, 7, 'NOT_NUMERIC', 'cate is x', '1,2,pv,x,5')");
        }
        return database;
    }

    @Test
    void countsByReasonMostFrequentFirst() throws SQLException {
        assertThat(new RejectedRowsReader(databaseWithRejects()).countsByReason())
                .containsExactly(java.util.Map.entry("NOT_NUMERIC", 2L), java.util.Map.entry("CLICK_FLAG", 1L),
                        java.util.Map.entry("UNKNOWN_BTAG", 1L));
    }

    @Test
    void findsRowsByFileAndLineAndFiltersByReason() throws SQLException {
        RejectedRowsReader reader = new RejectedRowsReader(databaseWithRejects());
        assertThat(reader.find(null, 10)).extracting(RejectedRow::fileName, RejectedRow::lineNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("behavior_log.csv", 3L),
                        org.assertj.core.groups.Tuple.tuple("behavior_log.csv", 7L),
                        org.assertj.core.groups.Tuple.tuple("raw_sample.csv", 4L),
                        org.assertj.core.groups.Tuple.tuple("raw_sample.csv", 9L));
        assertThat(reader.find("NOT_NUMERIC", 10)).extracting(RejectedRow::detail)
                .containsExactly("cate is x", "user is abc");
        assertThat(reader.find(null, 1)).hasSize(1);
    }
}
