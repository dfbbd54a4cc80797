package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each reject reason, on one bad row among valid ones: rejected with the right line, the rest stored. */
class RowRejectionTest {

    private static final int VALID_ROWS = 20;
    /** The bad row goes before valid row 10: line 12, since the header is line 1. */
    private static final int AT = 10;

    @TempDir
    Path dir;

    static Stream<Arguments> badRows() {
        String longRow = "1000," + TestFiles.T0 + ",500,430548_1007,1,0," + "9".repeat(20_000);
        return Stream.of(
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548_1007,1", RejectReason.FIELD_COUNT),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548_1007,1,0,7", RejectReason.FIELD_COUNT),
                Arguments.of(FileRole.RAW_SAMPLE, "u1000,1494043200,500,430548_1007,1,0", RejectReason.NOT_NUMERIC),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,-5,430548_1007,1,0", RejectReason.NOT_NUMERIC),
                Arguments.of(FileRole.RAW_SAMPLE, ",1494043200,500,430548_1007,1,0", RejectReason.MISSING_VALUE),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548_1007,1,yes", RejectReason.CLICK_FLAG),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548_1007,2,-1", RejectReason.CLICK_FLAG),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548_1007,1,1", RejectReason.CLICK_MISMATCH),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548_1007,0,0", RejectReason.CLICK_MISMATCH),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1893456000,500,430548_1007,1,0", RejectReason.TIMESTAMP_RANGE),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1000,500,430548_1007,1,0", RejectReason.TIMESTAMP_RANGE),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,430548-1007,1,0", RejectReason.BAD_PID),
                Arguments.of(FileRole.RAW_SAMPLE, "1000,1494043200,500,_1007,1,0", RejectReason.BAD_PID),
                Arguments.of(FileRole.RAW_SAMPLE, longRow, RejectReason.LINE_TOO_LONG),
                Arguments.of(FileRole.BEHAVIOR_LOG, "1000,1494043200,click,60,300", RejectReason.UNKNOWN_BTAG),
                Arguments.of(FileRole.BEHAVIOR_LOG, "1000,1494043200,PV,60,300", RejectReason.UNKNOWN_BTAG),
                Arguments.of(FileRole.BEHAVIOR_LOG, "1000,1494043200,pv,60,x", RejectReason.NOT_NUMERIC),
                Arguments.of(FileRole.BEHAVIOR_LOG, "1000,1494043200,pv,,3", RejectReason.MISSING_VALUE),
                Arguments.of(FileRole.AD_FEATURE, "900,1,2,3,4,-0.5", RejectReason.BAD_PRICE),
                Arguments.of(FileRole.AD_FEATURE, "900,1,2,3,4,NaN", RejectReason.BAD_PRICE),
                Arguments.of(FileRole.AD_FEATURE, "900,1,2,3,4,12 yuan", RejectReason.BAD_PRICE),
                Arguments.of(FileRole.AD_FEATURE, "900,1,2,3,4,", RejectReason.MISSING_VALUE),
                Arguments.of(FileRole.AD_FEATURE, "500,1,2,3,4,5.0", RejectReason.DUPLICATE_KEY),
                Arguments.of(FileRole.USER_PROFILE, "1003,1,5,2,3,1,3,0,2", RejectReason.DUPLICATE_KEY),
                Arguments.of(FileRole.USER_PROFILE, "2000,1,5,two,3,1,3,0,2", RejectReason.NOT_NUMERIC));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badRows")
    void rejectsTheBadRowWithItsLineNumberAndStoresTheRest(FileRole role, String bad, RejectReason reason)
            throws Exception {
        Path file = TestFiles.write(dir.resolve(role.stem() + ".csv"), header(role),
                TestFiles.with(validRows(role), AT, bad));
        Database database = Database.open(dir.resolve("din.db"));

        ImportReport report = new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(List.of(new ImportSource(file, role)), ImportListener.NONE, () -> false).get(0);

        assertThat(report.rowsRead()).isEqualTo(VALID_ROWS + 1);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(report.rowsStored()).isEqualTo(VALID_ROWS);
        assertThat(report.rejectedByReason()).containsExactly(java.util.Map.entry(reason, 1L));
        RowProblem problem = report.firstProblems().get(0);
        assertThat(problem.line()).isEqualTo(AT + 2);
        assertThat(problem.reason()).isEqualTo(reason);
        assertThat(problem.detail()).isNotBlank();
        assertThat(problem.rawText()).startsWith(bad.substring(0, Math.min(bad.length(), 30)))
                .hasSizeLessThanOrEqualTo(500);
        assertThat(TestFiles.count(database, "SELECT COUNT(*) FROM " + role.table())).isEqualTo(VALID_ROWS);
        assertThat(TestFiles.count(database, "SELECT COUNT(*) FROM rejected_rows WHERE line_number = " + (AT + 2)
                + " AND reason = '" + reason + "'")).isEqualTo(1);
    }

    static String header(FileRole role) {
        return switch (role) {
            case RAW_SAMPLE -> TestFiles.RAW_HEADER;
            case AD_FEATURE -> TestFiles.AD_HEADER;
            case USER_PROFILE -> TestFiles.USER_HEADER;
            case BEHAVIOR_LOG -> TestFiles.BEHAVIOR_HEADER;
        };
    }

    static List<String> validRows(FileRole role) {
        return switch (role) {
            case RAW_SAMPLE -> TestFiles.rawRows(VALID_ROWS);
            case AD_FEATURE -> TestFiles.adRows(VALID_ROWS);
            case USER_PROFILE -> TestFiles.userRows(VALID_ROWS);
            case BEHAVIOR_LOG -> TestFiles.behaviorRows(VALID_ROWS);
        };
    }
}
