package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.overview.DataOverview;
import org.dinexplorer.storage.overview.OverviewReader;
import org.dinexplorer.storage.overview.OverviewScan;
import org.dinexplorer.storage.overview.RejectedRowsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's figures the importer keeps equal those of a scan of the imported tables. */
class OverviewFiguresTest {

    @TempDir
    Path dir;

    private static List<ImportReport> importAll(Database database, List<ImportSource> sources, int chunkRows) {
        return new TaobaoImporter(database, ImportConfig.defaults().withChunkRows(chunkRows))
                .importAll(sources, ImportListener.NONE, () -> false);
    }

    @Test
    void figuresKeptChunkByChunkEqualAScanOfDirtyGeneratedData() throws Exception {
        Path data = TestFiles.dirtyTiny(dir.resolve("data"), 5);
        Database database = Database.open(dir.resolve("din.db"));

        importAll(database, TaobaoImporter.findSources(data), 700);

        DataOverview kept = new OverviewReader(database).read();
        assertThat(kept).isEqualTo(OverviewScan.of(database));
        assertThat(kept.impressionDays()).isNotEmpty();
        assertThat(kept.behaviorDays()).isNotEmpty();
        assertThat(kept.distinctBrands()).isPositive();
        assertThat(new RejectedRowsReader(database).countsByReason()).isNotEmpty()
                .isEqualTo(OverviewScan.rejectsByReason(database));
    }

    @Test
    void duplicatesAndFilesImportedAgainAreNotCounted() throws Exception {
        Path first = TestFiles.write(dir.resolve("first.csv"), TestFiles.RAW_HEADER,
                TestFiles.rawRows(300));
        Path second = TestFiles.write(dir.resolve("second.csv"), TestFiles.RAW_HEADER,
                TestFiles.rawRows(600));
        Database database = Database.open(dir.resolve("din.db"));

        importAll(database, List.of(new ImportSource(first, FileRole.RAW_SAMPLE)), 100);
        ImportReport overlapping = importAll(database, List.of(new ImportSource(second, FileRole.RAW_SAMPLE)), 100)
                .get(0);
        ImportReport again = importAll(database, List.of(new ImportSource(first, FileRole.RAW_SAMPLE)), 100).get(0);

        assertThat(overlapping.rowsDuplicate()).isEqualTo(300);
        assertThat(again.status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        DataOverview kept = new OverviewReader(database).read();
        assertThat(kept.impressionCount()).isEqualTo(600);
        assertThat(kept.distinctUsers()).isEqualTo(200);
        assertThat(kept).isEqualTo(OverviewScan.of(database));
    }
}
