package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dinexplorer.storage.importing.TestFiles.count;

import java.nio.file.Path;
import java.util.List;
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
}
