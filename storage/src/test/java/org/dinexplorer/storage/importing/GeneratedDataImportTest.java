package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.demo.DemoDataGenerator;
import org.dinexplorer.storage.demo.DemoPreset;
import org.dinexplorer.storage.demo.GenerationConfig;
import org.dinexplorer.storage.demo.GenerationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated demo data with planted bad rows: every planted row is found, with its reason and line, and no other. */
class GeneratedDataImportTest {

    @TempDir
    Path dir;

    @Test
    void everyManifestLineIsRejectedWithItsReasonAndLine() throws Exception {
        Path data = dir.resolve("data");
        new DemoDataGenerator().generate(new GenerationConfig(data, DemoPreset.TINY, 11, true, true),
                GenerationListener.NONE, () -> false);
        Database database = Database.open(dir.resolve("din.db"));
        List<ImportReport> reports = new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(data), ImportListener.NONE, () -> false);
        Map<String, ImportReport> byStem = new HashMap<>();
        reports.forEach(report -> byStem.put(report.role().stem(), report));

        List<String> manifest = Files.readAllLines(data.resolve("dirty-manifest.csv"));
        assertThat(manifest.get(0)).isEqualTo("file,line,reason");
        Map<String, Long> planted = new HashMap<>();
        Map<String, Long> duplicates = new HashMap<>();
        for (String line : manifest.subList(1, manifest.size())) {
            String[] f = line.split(",");
            ImportReport report = byStem.get(f[0].substring(0, f[0].indexOf('.')));
            if (f[2].equals("DUPLICATE")) {
                duplicates.merge(report.role().stem(), 1L, Long::sum);
                assertThat(TestFiles.count(database, "SELECT COUNT(*) FROM impressions WHERE import_id = "
                        + report.importId() + " AND line_number = " + f[1])).as(line).isZero();
            } else {
                planted.merge(report.role().stem(), 1L, Long::sum);
                assertThat(TestFiles.strings(database, "SELECT reason FROM rejected_rows WHERE import_id = "
                        + report.importId() + " AND line_number = " + f[1])).as(line).containsExactly(f[2]);
            }
        }
        assertThat(planted).isNotEmpty();
        assertThat(duplicates).isNotEmpty();
        for (ImportReport report : reports) {
            String stem = report.role().stem();
            assertThat(report.rowsRejected()).as(stem).isEqualTo(planted.getOrDefault(stem, 0L));
            assertThat(report.rowsDuplicate()).as(stem).isEqualTo(duplicates.getOrDefault(stem, 0L));
            assertThat(report.rowsRead()).as(stem)
                    .isEqualTo(report.rowsStored() + report.rowsRejected() + report.rowsDuplicate());
        }
    }
}
