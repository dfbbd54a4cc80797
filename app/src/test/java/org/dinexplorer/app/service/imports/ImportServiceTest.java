package org.dinexplorer.app.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.importing.FileRole;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportSource;
import org.dinexplorer.storage.importing.ImportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path dir;

    @Test
    void importsFoldersAndFilesWithProgressEndingAtOne() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/ad_feature.csv"), "adgroup_id,cate_id,campaign_id,customer,brand,price\n"
                + "500,1,2,3,NULL,10.5\n");
        StringBuilder behaviors = new StringBuilder("user,time_stamp,btag,cate,brand\n");
        for (int i = 0; i < 2_000; i++) {
            behaviors.append(i % 50).append(',').append(1_494_000_000 + i).append(",pv,7,\n");
        }
        Path log = Files.writeString(dir.resolve("behavior_log.csv"), behaviors);
        ImportService service = new ImportService();
        List<ImportSource> sources = service.sources(List.of(dir.resolve("a"), log));
        List<JobProgress> progress = new ArrayList<>();

        ImportSummary summary = service.importFiles(dir.resolve("din.db"), sources,
                ImportConfig.defaults().withChunkRows(500), true, progress::add, () -> false);

        assertThat(summary.reports()).extracting(r -> r.role()).containsExactly(FileRole.AD_FEATURE,
                FileRole.BEHAVIOR_LOG);
        assertThat(summary.reports()).extracting(r -> r.status()).containsOnly(ImportStatus.DONE);
        assertThat(summary.reports().get(1).rowsStored()).isEqualTo(2_000);
        assertThat(summary.gaps()).isNotNull();
        assertThat(summary.gaps().behaviorUsersWithoutImpression()).isEqualTo(50);
        assertThat(progress).isNotEmpty();
        assertThat(progress.stream().filter(p -> p.fraction() >= 0).mapToDouble(JobProgress::fraction))
                .isSorted().last().isEqualTo(1.0);
        assertThat(progress).anySatisfy(p -> assertThat(p.message()).contains("behavior_log.csv (2/2)"));
        // the index build reports no progress of its own: its message has no fraction, so no ETA is shown
        JobProgress index = progress.stream().filter(p -> p.message().contains("index")).findFirst().orElseThrow();
        assertThat(index.message()).isEqualTo("behavior_log.csv (2/2): building the (user, time_stamp) index of "
                + "2,000 rows…");
        assertThat(index.fraction()).isNegative();
        assertThat(progress.indexOf(index)).isGreaterThan(lastIndexOfRows(progress));
    }

    private static int lastIndexOfRows(List<JobProgress> progress) {
        for (int i = progress.size() - 1; i >= 0; i--) {
            if (progress.get(i).message().contains("rows/s")) {
                return i;
            }
        }
        return -1;
    }
}
