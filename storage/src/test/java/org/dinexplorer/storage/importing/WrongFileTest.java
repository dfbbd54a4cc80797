package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dinexplorer.storage.importing.TestFiles.count;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they claim to be stop the import with a clear message before anything is written. */
class WrongFileTest {

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir.resolve("din.db"));
    }

    private ImportReport importAs(Path file, FileRole role) {
        return new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(List.of(new ImportSource(file, role)), ImportListener.NONE, () -> false).get(0);
    }

    private void assertNothingWritten() throws Exception {
        assertThat(count(database, "SELECT COUNT(*) FROM import_batches")).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM rejected_rows")).isZero();
        for (FileRole role : FileRole.values()) {
            assertThat(count(database, "SELECT COUNT(*) FROM " + role.table())).isZero();
        }
    }

    @Test
    void wrongHeaderNamesFileLineExpectedAndFoundColumns() throws Exception {
        Path file = Path.of(getClass().getResource("/bad/wrong-header.csv").toURI());

        assertThatThrownBy(() -> importAs(file, FileRole.RAW_SAMPLE)).isInstanceOf(ImportException.class)
                .hasMessage("wrong-header.csv, line 1: expected columns user, time_stamp, adgroup_id, pid, nonclk,"
                        + " clk; found 4 columns (user, time_stamp, adgroup_id, pid). Is this the raw_sample file?")
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(1));
        assertNothingWritten();
    }

    @Test
    void behaviorLogGivenAsRawSampleIsRefused() throws Exception {
        Path file = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.BEHAVIOR_HEADER,
                TestFiles.behaviorRows(10));

        assertThatThrownBy(() -> importAs(file, FileRole.RAW_SAMPLE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("found 5 columns (user, time_stamp, btag, cate, brand)");
        assertNothingWritten();
    }

    @Test
    void mostlyInvalidFirstRowsStopBeforeWriting() throws Exception {
        List<String> good = TestFiles.rawRows(3000);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            // three of every five of the first 1,000 rows are bad, all later ones are good
            rows.add(i < 1000 && i % 5 < 3 ? "1000,1494043200,500,430548_1007,1,1" : good.get(i));
        }
        Path file = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER, rows);

        assertThatThrownBy(() -> importAs(file, FileRole.RAW_SAMPLE)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("raw_sample.csv, line 2: CLICK_MISMATCH")
                .hasMessageContaining("600 of the first 1000 rows are invalid");
        assertNothingWritten();
    }

    @Test
    void aWrongFileInAFolderStopsTheWholeImportBeforeWriting() throws Exception {
        TestFiles.write(dir.resolve("ad_feature.csv"), TestFiles.AD_HEADER, TestFiles.adRows(5));
        TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.AD_HEADER, TestFiles.adRows(5));

        assertThatThrownBy(() -> new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(dir), ImportListener.NONE, () -> false))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("raw_sample.csv, line 1");
        assertNothingWritten();
    }

    @Test
    void emptyFileIsAClearError() throws Exception {
        Path file = Files.createFile(dir.resolve("ad_feature.csv"));

        assertThatThrownBy(() -> importAs(file, FileRole.AD_FEATURE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("ad_feature.csv is empty (0 bytes)");
        assertNothingWritten();
    }

    @Test
    void blankFileHasNoHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("ad_feature.csv"), "\n\n\r\n");

        assertThatThrownBy(() -> importAs(file, FileRole.AD_FEATURE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("ad_feature.csv, line 1: the file has no header line");
        assertNothingWritten();
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("behavior_log.csv"), noise);

        assertThatThrownBy(() -> importAs(file, FileRole.BEHAVIOR_LOG)).isInstanceOf(ImportException.class)
                .hasMessageContaining("behavior_log.csv").hasMessageContaining("Is this the behavior_log file?");
        assertNothingWritten();
    }

    @Test
    void tenMegabyteSingleLineIsRefusedWithBoundedMemory() throws Exception {
        Path file = Files.writeString(dir.resolve("raw_sample.csv"), "1,".repeat(5_000_000));

        assertThatThrownBy(() -> importAs(file, FileRole.RAW_SAMPLE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("raw_sample.csv, line 1: expected columns")
                .hasMessageContaining("found a line of more than 10000 characters");
        assertNothingWritten();
    }

    @Test
    void lineLargerThanTheParserBufferIsAClearError() throws Exception {
        String huge = "7".repeat(CsvInput.MAX_BUFFER_CHARS + 10);
        Path file = Files.writeString(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER + "\n" + huge + "\n",
                StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> importAs(file, FileRole.RAW_SAMPLE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("raw_sample.csv, after line 1: the file cannot be read further");
        assertNothingWritten();
    }

    @Test
    void tenMegabyteDataLineAmongValidRowsIsRejectedAndTheRestStored() throws Exception {
        List<String> rows = TestFiles.with(TestFiles.rawRows(10), 4, "9".repeat(10_000_000));
        Path file = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER, rows);

        ImportReport report = importAs(file, FileRole.RAW_SAMPLE);

        assertThat(report.rejectedByReason()).containsOnlyKeys(RejectReason.LINE_TOO_LONG);
        assertThat(report.firstProblems().get(0).line()).isEqualTo(6);
        assertThat(report.firstProblems().get(0).rawText()).hasSize(500);
        assertThat(report.rowsStored()).isEqualTo(10);
    }
}
