package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows cross from the parsing thread in batches of 1,024: none lost or repeated at batch and pool boundaries. */
class ParsingThreadTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 2048, 5 * 1024 + 7})
    void everyRowArrivesOnceInOrder(int rows) throws Exception {
        List<String> lines = TestFiles.behaviorRows(rows);
        Path file = TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER, lines);
        List<Long> seen = new ArrayList<>();
        List<String> firstFields = new ArrayList<>();
        try (CsvInput input = new CsvInput(file, FileRole.BEHAVIOR_LOG, ImportConfig.defaults())) {
            input.requireHeader();
            try (ParsingThread parsed = new ParsingThread(input, FileRole.BEHAVIOR_LOG, ImportConfig.defaults(),
                    "test")) {
                for (ParsedRow row = parsed.next(); row != null; row = parsed.next()) {
                    seen.add(row.line());
                    firstFields.add(row.field(0) + "," + row.field(1));
                }
            }
        }
        assertThat(seen).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(seen.get(i)).isEqualTo(i + 2);
            assertThat(lines.get(i)).startsWith(firstFields.get(i) + ",");
        }
    }

    @Test
    void unreadableRecordAfterTheSniffedRowsFailsTheImportWithItsLine() throws Exception {
        List<String> rows = new ArrayList<>(TestFiles.rawRows(3_000));
        rows.add("7".repeat(CsvInput.MAX_BUFFER_CHARS + 10));
        Path file = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER, rows);
        Database database = Database.open(dir.resolve("din.db"));
        TaobaoImporter importer = new TaobaoImporter(database, ImportConfig.defaults().withChunkRows(1_000));

        assertThatThrownBy(() -> importer.importAll(List.of(new ImportSource(file, FileRole.RAW_SAMPLE)),
                ImportListener.NONE, () -> false)).isInstanceOf(ImportException.class)
                .hasMessageContaining("raw_sample.csv, after line 3001: the file cannot be read further");

        assertThat(TestFiles.strings(database, "SELECT status FROM import_batches")).containsExactly("FAILED");
        assertThat(TestFiles.count(database, "SELECT COUNT(*) FROM impressions"))
                .isEqualTo(TestFiles.count(database, "SELECT rows_stored FROM import_batches")).isEqualTo(3_000);
        assertThat(Files.size(file)).isGreaterThan(CsvInput.MAX_BUFFER_CHARS);
    }
}
