package org.dinexplorer.storage.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            // as the importer counts them with each chunk
            statement.execute("INSERT INTO reject_counts VALUES (1, 'CLICK_FLAG', 1), (1, 'NOT_NUMERIC', 1), "
                    + "(2, 'UNKNOWN_BTAG', 1), (2, 'NOT_NUMERIC', 1)");
        }
        return database;
    }

    @Test
    void countsByReasonMostFrequentFirst() throws SQLException {
        Database database = databaseWithRejects();
        assertThat(new RejectedRowsReader(database).countsByReason())
                .containsExactly(Map.entry("NOT_NUMERIC", 2L), Map.entry("CLICK_FLAG", 1L),
                        Map.entry("UNKNOWN_BTAG", 1L))
                .isEqualTo(OverviewScan.rejectsByReason(database));
    }

    @Test
    void pagesFollowImportAndLineOrderAndContinueAfterTheLastRowShown() throws SQLException {
        RejectedRowsReader reader = new RejectedRowsReader(databaseWithRejects());
        List<RejectedRow> first = reader.page(null, null, 3);
        assertThat(first).extracting(RejectedRow::fileName, RejectedRow::lineNumber).containsExactly(
                tuple("raw_sample.csv", 4L), tuple("raw_sample.csv", 9L), tuple("behavior_log.csv", 3L));
        assertThat(reader.page(null, first.get(2), 3)).extracting(RejectedRow::detail).containsExactly("cate is x");
        List<RejectedRow> notNumeric = reader.page("NOT_NUMERIC", null, 1);
        assertThat(notNumeric).extracting(RejectedRow::detail).containsExactly("user is abc");
        assertThat(reader.page("NOT_NUMERIC", notNumeric.get(0), 10)).extracting(RejectedRow::detail)
                .containsExactly("cate is x");
        List<RejectedRow> all = new ArrayList<>();
        reader.forEach(null, all::add);
        assertThat(all).hasSize(4).startsWith(first.toArray(RejectedRow[]::new));
    }

    @Test
    void aPageIsReadFromAnIndexWithoutSortingTheRejectedRows() throws SQLException {
        Database database = databaseWithRejects();
        for (String reason : new String[] {null, "NOT_NUMERIC"}) {
            List<String> plan = new ArrayList<>();
            try (var connection = database.connect();
                 var statement = connection.prepareStatement("EXPLAIN QUERY PLAN " + RejectedRowsReader.sql(reason,
                         500))) {
                statement.setLong(1, 0);
                statement.setLong(2, 0);
                if (reason != null) {
                    statement.setString(3, reason);
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString("detail"));
                    }
                }
            }
            assertThat(plan).as("plan for reason %s", reason)
                    .anyMatch(step -> step.startsWith("SEARCH r USING INDEX"))
                    .noneMatch(step -> step.contains("TEMP B-TREE") || step.startsWith("SCAN r"));
        }
    }
}
