package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dinexplorer.storage.importing.TestFiles.count;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.overview.OverviewReader;
import org.dinexplorer.storage.overview.OverviewScan;
import org.dinexplorer.storage.overview.RejectedRowsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled or killed import leaves a consistent database, and a rerun ends exactly like an uninterrupted one. */
class ResumeTest {

    private static final String CONTENT_RAW = "SELECT group_concat(user || ':' || time_stamp || ':' || adgroup_id"
            + " || ':' || clk || ':' || line_number) FROM (SELECT * FROM impressions ORDER BY line_number)";
    private static final String CONTENT_BEHAVIOR = "SELECT group_concat(user || ':' || time_stamp || ':' || btag"
            + " || ':' || ifnull(brand, 'N')) FROM (SELECT * FROM behaviors ORDER BY rowid)";

    @TempDir
    Path dir;

    private static List<String> dirty(List<String> rows, String bad, int every) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            result.add(rows.get(i));
            if (i % every == 0) {
                result.add(bad);
            }
            if (i % (every + 3) == 0) {
                result.add(rows.get(i));
            }
        }
        return result;
    }

    private static ImportReport run(Database database, Path file, FileRole role, int chunk,
                                    java.util.function.BooleanSupplier stop) {
        return new TaobaoImporter(database, ImportConfig.defaults().withChunkRows(chunk))
                .importAll(List.of(new ImportSource(file, role)), ImportListener.NONE, stop).get(0);
    }

    private static void assertSameOutcome(ImportReport actual, ImportReport expected) {
        assertThat(List.of(actual.rowsRead(), actual.rowsStored(), actual.rowsRejected(), actual.rowsDuplicate()))
                .containsExactly(expected.rowsRead(), expected.rowsStored(), expected.rowsRejected(),
                        expected.rowsDuplicate());
        assertThat(actual.rejectedByReason()).isEqualTo(expected.rejectedByReason());
        assertThat(actual.sha256()).isEqualTo(expected.sha256());
    }

    private static void assertCursorMatchesTables(Database database, String table) throws Exception {
        assertThat(count(database, "SELECT COUNT(*) FROM " + table))
                .isEqualTo(count(database, "SELECT rows_stored FROM import_batches"));
        assertThat(count(database, "SELECT COUNT(*) FROM rejected_rows"))
                .isEqualTo(count(database, "SELECT rows_rejected FROM import_batches"));
        assertThat(count(database, "SELECT rows_read - rows_stored - rows_rejected - rows_duplicate"
                + " FROM import_batches")).isZero();
        assertOverviewMatchesTables(database);
    }

    /** The overview's figures, kept chunk by chunk, are those of the committed rows: none lost, none counted twice. */
    private static void assertOverviewMatchesTables(Database database) throws Exception {
        assertThat(new OverviewReader(database).read()).isEqualTo(OverviewScan.of(database));
        assertThat(new RejectedRowsReader(database).countsByReason()).isEqualTo(OverviewScan.rejectsByReason(database));
    }

    @Test
    void cancelledImportResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
        Path file = TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER,
                dirty(TestFiles.behaviorRows(5_000), "1,2,3", 40));
        Database reference = Database.open(dir.resolve("reference.db"));
        ImportReport expected = run(reference, file, FileRole.BEHAVIOR_LOG, 100_000, () -> false);
        Database database = Database.open(dir.resolve("din.db"));
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> run(database, file, FileRole.BEHAVIOR_LOG, 1_000, () -> polls.incrementAndGet() == 2))
                .isInstanceOf(CancellationException.class).hasMessageContaining("run the same import again");

        assertThat(TestFiles.strings(database, "SELECT status FROM import_batches")).containsExactly("CANCELLED");
        assertThat(count(database, "SELECT rows_read FROM import_batches")).isEqualTo(2_000);
        assertCursorMatchesTables(database, "behaviors");
        ImportReport resumed = run(database, file, FileRole.BEHAVIOR_LOG, 1_000, () -> false);
        assertThat(resumed.status()).isEqualTo(ImportStatus.RESUMED);
        assertSameOutcome(resumed, expected);
        assertThat(TestFiles.strings(database, CONTENT_BEHAVIOR)).isEqualTo(TestFiles.strings(reference,
                CONTENT_BEHAVIOR));
        assertOverviewMatchesTables(database);
    }

    @Test
    void importKilledWithSigkillResumesToTheSameResult() throws Exception {
        Path file = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER,
                dirty(TestFiles.rawRows(20_000), "1000,1494043200,500,430548_1007,1,1", 50));
        Database reference = Database.open(dir.resolve("reference.db"));
        ImportReport expected = run(reference, file, FileRole.RAW_SAMPLE, 100_000, () -> false);
        Database database = Database.open(dir.resolve("din.db"));

        Process child = startChild(database.file(), file, FileRole.RAW_SAMPLE, 500, 25);
        try {
            waitForCommittedChunk(database, child);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(TestFiles.strings(database, "SELECT status FROM import_batches")).containsExactly("RUNNING");
        assertThat(count(database, "SELECT rows_read FROM import_batches")).isPositive()
                .isLessThan(expected.rowsRead());
        assertCursorMatchesTables(database, "impressions");
        ImportReport resumed = run(database, file, FileRole.RAW_SAMPLE, 500, () -> false);
        assertThat(resumed.status()).isEqualTo(ImportStatus.RESUMED);
        assertSameOutcome(resumed, expected);
        assertThat(TestFiles.strings(database, CONTENT_RAW)).isEqualTo(TestFiles.strings(reference, CONTENT_RAW));
        assertOverviewMatchesTables(database);
    }

    private static Process startChild(Path db, Path file, FileRole role, int chunk, int pauseMillis)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                db.toString(), file.toString(), role.name(), String.valueOf(chunk), String.valueOf(pauseMillis))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForCommittedChunk(Database database, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("child finished before it could be killed").isTrue();
            if (count(database, "SELECT COUNT(*) FROM import_batches WHERE rows_read > 0") > 0) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the child committed no chunk within 60 s");
    }

    @Test
    void cancelledGzipImportResumesToTheSameResult() throws Exception {
        Path plain = TestFiles.write(dir.resolve("plain.csv"), TestFiles.RAW_HEADER,
                dirty(TestFiles.rawRows(4_000), "1000,1494043200,500,430548_1007,1,1", 30));
        Path gz = TestFiles.gzip(plain, dir.resolve("raw_sample.csv.gz"));
        Database reference = Database.open(dir.resolve("reference.db"));
        ImportReport expected = run(reference, gz, FileRole.RAW_SAMPLE, 100_000, () -> false);
        Database database = Database.open(dir.resolve("din.db"));

        assertThatThrownBy(() -> run(database, gz, FileRole.RAW_SAMPLE, 700, () -> true))
                .isInstanceOf(CancellationException.class);
        assertCursorMatchesTables(database, "impressions");
        ImportReport resumed = run(database, gz, FileRole.RAW_SAMPLE, 700, () -> false);

        assertThat(resumed.status()).isEqualTo(ImportStatus.RESUMED);
        assertSameOutcome(resumed, expected);
        assertThat(TestFiles.strings(database, CONTENT_RAW)).isEqualTo(TestFiles.strings(reference, CONTENT_RAW));
        assertOverviewMatchesTables(database);
    }

    @Test
    void truncatedGzipFailsWithAClearMessageAndKeepsTheCommittedChunks() throws Exception {
        Path plain = TestFiles.write(dir.resolve("plain.csv"), TestFiles.RAW_HEADER, TestFiles.rawRows(20_000));
        byte[] whole = java.nio.file.Files.readAllBytes(TestFiles.gzip(plain, dir.resolve("whole.gz")));
        Path truncated = java.nio.file.Files.write(dir.resolve("raw_sample.csv.gz"),
                java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
        Database database = Database.open(dir.resolve("din.db"));

        assertThatThrownBy(() -> run(database, truncated, FileRole.RAW_SAMPLE, 1_000, () -> false))
                .isInstanceOf(ImportException.class).hasMessageContaining("raw_sample.csv.gz, after line")
                .hasMessageContaining("the file cannot be read further");

        assertThat(TestFiles.strings(database, "SELECT status FROM import_batches")).containsExactly("FAILED");
        assertThat(count(database, "SELECT rows_read FROM import_batches")).isPositive().isLessThan(20_000);
        assertCursorMatchesTables(database, "impressions");
    }

    @Test
    void anUnfinishedImportIsResumedOnlyWithTheSameRowRules() throws Exception {
        Path file = TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER,
                TestFiles.behaviorRows(3_000));
        Database database = Database.open(dir.resolve("din.db"));
        ImportConfig rules = ImportConfig.defaults().withChunkRows(1_000);
        assertThatThrownBy(() -> new TaobaoImporter(database, rules).importAll(
                List.of(new ImportSource(file, FileRole.BEHAVIOR_LOG)), ImportListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
        ImportConfig otherWindow = rules.withTimestampWindow(TestFiles.T0 - 86_400 + 400, TestFiles.T0 + 86_400);

        ImportReport report = new TaobaoImporter(database, otherWindow).importAll(
                List.of(new ImportSource(file, FileRole.BEHAVIOR_LOG)), ImportListener.NONE, () -> false).get(0);

        assertThat(report.status()).isEqualTo(ImportStatus.DONE);
        assertThat(report.importId()).isEqualTo(2);
        assertThat(TestFiles.strings(database, "SELECT options_json FROM import_batches ORDER BY import_id"))
                .containsExactly(rules.rowRulesJson(), otherWindow.rowRulesJson());
        assertThat(rules.rowRulesJson()).isEqualTo("{\"max_line_chars\":10000,\"max_timestamp\":1514764800,"
                + "\"min_timestamp\":1483228800}");
        // the new window rejects the first 400 behaviours (one per second from T0 - 1 day)
        assertThat(report.rejectedByReason()).containsExactly(java.util.Map.entry(RejectReason.TIMESTAMP_RANGE, 400L));
    }
}
