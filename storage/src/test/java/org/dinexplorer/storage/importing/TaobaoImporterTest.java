package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dinexplorer.storage.importing.TestFiles.count;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaobaoImporterTest {

    @TempDir
    Path dir;

    private List<ImportReport> importFolder(Database database) {
        return new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(dir), ImportListener.NONE, () -> false);
    }

    @Test
    void importsAllFourFilesWithNullsForMissingValues() throws Exception {
        TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER, TestFiles.rawRows(30));
        TestFiles.write(dir.resolve("ad_feature.csv"), TestFiles.AD_HEADER,
                List.of("500,6261,1,11,NULL,118.0", "501,6262,2,12,9,0", "502,6263,3,13,10,1.5e3"));
        TestFiles.write(dir.resolve("user_profile.csv"), TestFiles.USER_HEADER,
                List.of("1000,0,5,2,5,,3,0,3", "1001,8,2,2,2,1,3,0,"));
        TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER, TestFiles.behaviorRows(40));
        Database database = Database.open(dir.resolve("din.db"));

        List<ImportReport> reports = importFolder(database);

        assertThat(reports).extracting(ImportReport::role).containsExactly(FileRole.AD_FEATURE,
                FileRole.USER_PROFILE, FileRole.RAW_SAMPLE, FileRole.BEHAVIOR_LOG);
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(ImportStatus.DONE);
            assertThat(report.rowsRejected()).isZero();
            assertThat(report.rowsStored()).isEqualTo(report.rowsRead());
            assertThat(report.sha256()).hasSize(64);
        });
        assertThat(count(database, "SELECT COUNT(*) FROM impressions")).isEqualTo(30);
        assertThat(count(database, "SELECT COUNT(*) FROM behaviors")).isEqualTo(40);
        assertThat(count(database, "SELECT COUNT(*) FROM ads WHERE brand IS NULL")).isEqualTo(1);
        assertThat(count(database, "SELECT price FROM ads WHERE adgroup_id = 502")).isEqualTo(1500);
        assertThat(count(database, "SELECT COUNT(*) FROM users WHERE pvalue_level IS NULL")).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM users WHERE new_user_class_level IS NULL")).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM behaviors WHERE brand IS NULL")).isEqualTo(4);
        assertThat(count(database, "SELECT COUNT(*) FROM behaviors WHERE btag = 4")).isEqualTo(10);
        assertThat(count(database, "SELECT COUNT(*) FROM impressions WHERE clk = 1")).isEqualTo(6);
        assertThat(count(database, "SELECT COUNT(*) FROM import_batches WHERE status = 'DONE'")).isEqualTo(4);
    }

    private static List<ImportReport> importFiles(Database database, Path... files) {
        return new TaobaoImporter(database, ImportConfig.defaults()).importAll(
                java.util.Arrays.stream(files).map(TaobaoImporter::recognise).toList(), ImportListener.NONE,
                () -> false);
    }

    @Test
    void reimportingTheSameFileIsANoOpThatSaysSo() throws Exception {
        Path raw = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER,
                TestFiles.with(TestFiles.rawRows(50), 5, "1,2,3"));
        Database database = Database.open(dir.resolve("din.db"));
        ImportReport first = importFiles(database, raw).get(0);

        ImportReport second = importFiles(database, raw).get(0);

        assertThat(second.status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(List.of(second.rowsRead(), second.rowsStored(), second.rowsRejected(), second.rowsDuplicate()))
                .containsExactly(51L, 50L, 1L, 0L);
        assertThat(count(database, "SELECT COUNT(*) FROM impressions")).isEqualTo(50);
        assertThat(count(database, "SELECT COUNT(*) FROM rejected_rows")).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM import_batches")).isEqualTo(1);
    }

    @Test
    void exactDuplicateImpressionsAreCountedAndStoredOnce() throws Exception {
        List<String> rows = TestFiles.rawRows(20);
        Path first = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER,
                TestFiles.with(rows, 20, rows.get(3)));
        Files.createDirectories(dir.resolve("later"));
        List<String> later = TestFiles.with(TestFiles.rawRows(25).subList(15, 25), 0, "4242," + TestFiles.T0
                + ",500,430548_1007,0,1");
        Path second = TestFiles.write(dir.resolve("later/raw_sample.csv"), TestFiles.RAW_HEADER, later);
        Database database = Database.open(dir.resolve("din.db"));

        ImportReport one = importFiles(database, first).get(0);
        ImportReport two = importFiles(database, second).get(0);

        assertThat(List.of(one.rowsRead(), one.rowsStored(), one.rowsDuplicate())).containsExactly(21L, 20L, 1L);
        assertThat(List.of(two.rowsRead(), two.rowsStored(), two.rowsDuplicate())).containsExactly(11L, 6L, 5L);
        assertThat(count(database, "SELECT COUNT(*) FROM impressions")).isEqualTo(26);
        assertThat(count(database, "SELECT COUNT(*) FROM impressions WHERE line_number = 22")).isZero();
    }

    @Test
    void sameAdTwiceWithSameValuesIsADuplicateNotARejection() throws Exception {
        List<String> ads = TestFiles.adRows(10);
        Path file = TestFiles.write(dir.resolve("ad_feature.csv"), TestFiles.AD_HEADER,
                TestFiles.with(ads, 10, ads.get(2)));
        Database database = Database.open(dir.resolve("din.db"));

        ImportReport report = importFiles(database, file).get(0);

        assertThat(List.of(report.rowsStored(), report.rowsDuplicate(), report.rowsRejected()))
                .containsExactly(10L, 1L, 0L);
    }

    @Test
    void gzipFileGivesTheSameRowsAsThePlainFile() throws Exception {
        Path plain = TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER,
                TestFiles.with(TestFiles.behaviorRows(300), 7, "1,2,3"));
        Files.createDirectories(dir.resolve("gz"));
        Path gz = TestFiles.gzip(plain, dir.resolve("gz/behavior_log.csv.gz"));
        Database plainDb = Database.open(dir.resolve("plain.db"));
        Database gzDb = Database.open(dir.resolve("gz.db"));

        ImportReport fromPlain = importFiles(plainDb, plain).get(0);
        ImportReport fromGz = importFiles(gzDb, gz).get(0);

        assertThat(fromGz.role()).isEqualTo(FileRole.BEHAVIOR_LOG);
        assertThat(List.of(fromGz.rowsRead(), fromGz.rowsStored(), fromGz.rowsRejected()))
                .containsExactly(fromPlain.rowsRead(), fromPlain.rowsStored(), fromPlain.rowsRejected());
        assertThat(fromGz.sha256()).isEqualTo(sha256Hex(Files.readAllBytes(gz))).isNotEqualTo(fromPlain.sha256());
        String content = "SELECT group_concat(user || ':' || time_stamp || ':' || btag || ':' || ifnull(brand, 'N'))"
                + " FROM (SELECT * FROM behaviors ORDER BY rowid)";
        assertThat(TestFiles.strings(gzDb, content)).isEqualTo(TestFiles.strings(plainDb, content));
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void headerWithBomQuotesCrlfAndTrailingSpaceIsAccepted() throws Exception {
        String text = "\uFEFF\"userid\",cms_segid,cms_group_id,final_gender_code,age_level,pvalue_level,"
                + "shopping_level,occupation,\"new_user_class_level \"\r\n1000,1,5,2,3,,3,0,2\r\n"
                + "1001,1,5,2,3,1,3,0,\r\n";
        Path file = dir.resolve("user_profile.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Database database = Database.open(dir.resolve("din.db"));

        ImportReport report = importFiles(database, file).get(0);

        assertThat(List.of(report.rowsRead(), report.rowsStored())).containsExactly(2L, 2L);
        assertThat(count(database, "SELECT COUNT(*) FROM users WHERE pvalue_level IS NULL AND userid = 1000"))
                .isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM users WHERE new_user_class_level IS NULL")).isEqualTo(1);
    }

    @Test
    void countsAlwaysReconcileAndReasonsMatchRejectedRows() throws Exception {
        List<String> rows = TestFiles.with(TestFiles.with(TestFiles.with(TestFiles.rawRows(40), 3, "x,1,2,3,4,5"),
                9, "1,2"), 20, TestFiles.rawRows(40).get(0));
        Path raw = TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER, rows);
        Database database = Database.open(dir.resolve("din.db"));

        ImportReport report = importFiles(database, raw).get(0);

        assertThat(report.rowsRead()).isEqualTo(rows.size())
                .isEqualTo(report.rowsStored() + report.rowsRejected() + report.rowsDuplicate());
        assertThat(report.rejectedByReason()).isEqualTo(Map.of(RejectReason.NOT_NUMERIC, 1L,
                RejectReason.FIELD_COUNT, 1L));
        assertThat(report.firstProblems()).extracting(RowProblem::line).containsExactly(5L, 11L);
        assertThat(count(database, "SELECT rows_read - rows_stored - rows_rejected - rows_duplicate"
                + " FROM import_batches")).isZero();
    }

    @Test
    void badFixturesAreRejectedWithTheirReasons() throws Exception {
        Database database = Database.open(dir.resolve("din.db"));
        TaobaoImporter importer = new TaobaoImporter(database, ImportConfig.defaults());
        Map<String, RejectReason> expected = Map.of("non-numeric-clk.csv", RejectReason.CLICK_FLAG,
                "short-line.csv", RejectReason.FIELD_COUNT, "future-timestamp.csv", RejectReason.TIMESTAMP_RANGE);
        for (var entry : expected.entrySet()) {
            Path file = Path.of(getClass().getResource("/bad/" + entry.getKey()).toURI());
            FileRole role = entry.getKey().startsWith("future") ? FileRole.BEHAVIOR_LOG : FileRole.RAW_SAMPLE;
            ImportReport report = importer.importAll(List.of(new ImportSource(file, role)), ImportListener.NONE,
                    () -> false).get(0);
            assertThat(report.rejectedByReason()).as(entry.getKey()).containsOnlyKeys(entry.getValue());
            assertThat(report.rowsRejected()).as(entry.getKey()).isEqualTo(1);
        }
    }

    @Test
    void referentialGapsAreReported() throws Exception {
        TestFiles.write(dir.resolve("raw_sample.csv"), TestFiles.RAW_HEADER, TestFiles.rawRows(30));
        TestFiles.write(dir.resolve("ad_feature.csv"), TestFiles.AD_HEADER, TestFiles.adRows(5));
        TestFiles.write(dir.resolve("user_profile.csv"), TestFiles.USER_HEADER, TestFiles.userRows(8));
        TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER, TestFiles.behaviorRows(34));
        Database database = Database.open(dir.resolve("din.db"));
        importFolder(database);

        ReferentialGaps gaps = new TaobaoImporter(database, ImportConfig.defaults()).referentialGaps();

        // impressions use ads 500..506 (i % 7) and users 1000..1009 (i / 3); behaviours users 1000..1016
        assertThat(gaps.adsMissing()).isEqualTo(2);
        assertThat(gaps.impressionsWithoutAd()).isEqualTo(8);
        assertThat(gaps.usersWithoutProfile()).isEqualTo(2);
        assertThat(gaps.behaviorUsersWithoutImpression()).isEqualTo(7);
        assertThat(gaps.behaviorsWithoutImpressionUser()).isEqualTo(14);
        assertThat(gaps.none()).isFalse();
    }

    @Test
    void theBehaviourIndexBuildIsAnnouncedAfterTheLastRowsAndBeforeTheFileIsDone() throws Exception {
        Path log = TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER,
                TestFiles.behaviorRows(100));
        Path ads = TestFiles.write(dir.resolve("ad_feature.csv"), "adgroup_id,cate_id,campaign_id,customer,brand,price",
                List.of("500,1,2,3,4,10.5"));
        List<String> events = new java.util.ArrayList<>();
        new TaobaoImporter(Database.open(dir.resolve("din.db")), ImportConfig.defaults()).importAll(
                List.of(new ImportSource(ads, FileRole.AD_FEATURE), new ImportSource(log, FileRole.BEHAVIOR_LOG)),
                new ImportListener() {
                    @Override
                    public void onProgress(long bytesRead, long acceptedCount, long rejectedCount) {
                        events.add("rows " + acceptedCount);
                    }

                    @Override
                    public void onPhase(String description) {
                        events.add(description);
                    }

                    @Override
                    public void onFileDone(ImportReport report) {
                        events.add("done " + report.role());
                    }
                }, () -> false);

        assertThat(events).containsSubsequence("rows 1", "done AD_FEATURE", "rows 100",
                "building the (user, time_stamp) index of 100 rows", "done BEHAVIOR_LOG");
        assertThat(events.subList(events.indexOf("done AD_FEATURE"), events.size()))
                .filteredOn(event -> event.startsWith("building")).hasSize(1);
        assertThat(events.subList(0, events.indexOf("done AD_FEATURE")))
                .noneMatch(event -> event.startsWith("building"));
    }

    @Test
    void behaviorIndexIsBuiltAfterTheLoadAndRestoredByAReimport() throws Exception {
        Path log = TestFiles.write(dir.resolve("behavior_log.csv"), TestFiles.BEHAVIOR_HEADER,
                TestFiles.behaviorRows(100));
        Database database = Database.open(dir.resolve("din.db"));
        String indexes = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'behaviors_user_time'";

        importFiles(database, log);
        assertThat(count(database, indexes)).isEqualTo(1);
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("DROP INDEX behaviors_user_time");
        }

        assertThat(importFiles(database, log).get(0).status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        assertThat(count(database, indexes)).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                + " AND name = 'impressions_identity'")).isEqualTo(1);
    }

    @Test
    void anIndexIsBuiltWithARollbackJournalWhenAloneAndInWalModeBesideAReaderAndTheDatabaseStaysInWalMode()
            throws Exception {
        Database database = Database.open(dir.resolve("din.db"));
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (a INTEGER, b INTEGER)");
            statement.execute("INSERT INTO t VALUES (1, 2), (2, 1)");

            assertThat(FileImporter.createIndex(connection, "CREATE INDEX ta ON t (a)")).isTrue();
            assertThat(journalMode(connection)).isEqualTo("wal");
            try (var reader = database.connect(); var read = reader.createStatement()) {
                reader.setAutoCommit(false);
                read.executeQuery("SELECT COUNT(*) FROM t").close();

                assertThat(FileImporter.createIndex(connection, "CREATE INDEX tb ON t (b)")).isFalse();
                reader.commit();
            }
            assertThat(journalMode(connection)).isEqualTo("wal");
        }
        assertThat(count(database, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('ta', 'tb')")).isEqualTo(2);
    }

    private static String journalMode(java.sql.Connection connection) throws Exception {
        try (var mode = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            return mode.getString(1);
        }
    }
}
