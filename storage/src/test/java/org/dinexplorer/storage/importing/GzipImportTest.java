package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.overview.OverviewReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzipped file is read exactly as the plain one: the compression changes nothing that is stored. */
class GzipImportTest {

    /** Every stored table, with the order that makes two imports of the same rows comparable. */
    private static final List<String> TABLES = List.of("impressions ORDER BY rowid", "ads ORDER BY adgroup_id",
            "users ORDER BY userid", "behaviors ORDER BY rowid", "rejected_rows ORDER BY import_id, line_number",
            "reject_counts ORDER BY import_id, reason");

    @TempDir
    Path dir;

    @Test
    void importingCsvGzEqualsImportingTheSameCsv() throws Exception {
        Path plain = TestFiles.dirtyTiny(dir.resolve("plain"), 3);
        Path gzipped = Files.createDirectories(dir.resolve("gzipped"));
        for (ImportSource source : TaobaoImporter.findSources(plain)) {
            TestFiles.gzip(source.file(), gzipped.resolve(source.fileName() + ".gz"));
        }
        Database fromPlain = Database.open(dir.resolve("plain.db"));
        Database fromGzip = Database.open(dir.resolve("gzip.db"));

        List<ImportReport> plainReports = importAll(fromPlain, plain);
        List<ImportReport> gzipReports = importAll(fromGzip, gzipped);

        assertThat(gzipReports).extracting(ImportReport::fileName)
                .allMatch(name -> name.endsWith(".csv.gz"));
        assertThat(outcomes(gzipReports)).isEqualTo(outcomes(plainReports));
        assertThat(plainReports).anyMatch(report -> report.rowsRejected() > 0)
                .anyMatch(report -> report.rowsDuplicate() > 0);
        for (String table : TABLES) {
            assertThat(rows(fromGzip, table)).as(table).isEqualTo(rows(fromPlain, table)).isNotEmpty();
        }
        assertThat(new OverviewReader(fromGzip).read()).isEqualTo(new OverviewReader(fromPlain).read());
    }

    private static List<ImportReport> importAll(Database database, Path folder) {
        return new TaobaoImporter(database, ImportConfig.defaults().withChunkRows(500))
                .importAll(TaobaoImporter.findSources(folder), ImportListener.NONE, () -> false);
    }

    private static List<String> outcomes(List<ImportReport> reports) {
        return reports.stream().map(report -> report.role() + ": read " + report.rowsRead() + ", stored "
                + report.rowsStored() + ", rejected " + report.rejectedByReason() + ", duplicates "
                + report.rowsDuplicate()).toList();
    }

    /** Every row of {@code table}, all columns. */
    private static List<String> rows(Database database, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
