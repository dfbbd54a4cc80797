package org.dinexplorer.app.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dinexplorer.storage.importing.ImportConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void generatedBehaviorLogIsSeededAndInTaobaoFormat() throws Exception {
        ImportBenchmark benchmark = new ImportBenchmark();
        Path a = benchmark.writeBehaviorLog(dir.resolve("a.csv"), 1_000, 5);
        Path b = benchmark.writeBehaviorLog(dir.resolve("b.csv"), 1_000, 5);
        Path c = benchmark.writeBehaviorLog(dir.resolve("c.csv"), 1_000, 6);

        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(1_001);
        assertThat(lines.get(0)).isEqualTo("user,time_stamp,btag,cate,brand");
        assertThat(lines.subList(1, lines.size()))
                .allMatch(line -> line.matches("\\d+,149\\d{7},(pv|cart|fav|buy),\\d+,(\\d+|NULL)"));
        assertThat(Files.mismatch(a, b)).isEqualTo(-1);
        assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
    }

    @Test
    void aCompressedFileIsImportedWholeByBothSidesTheShellReadingItThroughGzip() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sqlite3")), "needs the sqlite3 shell");
        ImportBenchmark benchmark = new ImportBenchmark();
        Path csv = benchmark.writeBehaviorLog(dir.resolve("behavior_log.csv"), 1_000, 7);
        Path gz = dir.resolve("behavior_log.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(csv, out);
        }
        Files.delete(csv);

        BenchImportResult result = benchmark.run(gz, dir, ImportConfig.defaults(), progress -> { }, () -> false);

        assertThat(result.rows()).isEqualTo(1_000);
        assertThat(result.fileBytes()).isEqualTo(Files.size(gz));
        assertThat(result.sqlite()).isNotNull();
        assertThat(result.sqlite().rows()).isEqualTo(1_000);
    }

    @Test
    void peakMemoryIsReadFromProc() {
        long peak = ImportBenchmark.peakRssKb();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(peak).isPositive();
        } else {
            assertThat(peak).isEqualTo(-1);
        }
    }

    @Test
    void medianOfRunsTakesMiddleTimesAndLargestMemory() {
        Path file = Path.of("behavior_log.csv");
        List<BenchImportResult> runs = List.of(
                new BenchImportResult(file, 100, 1000, 3.0, 9.0, 10, shell(5, 1)),
                new BenchImportResult(file, 100, 1000, 1.0, 7.0, 30, shell(6, 2)),
                new BenchImportResult(file, 100, 1000, 2.0, 8.0, 20, shell(4, 3)));

        BenchImportResult median = BenchImportResult.median(runs);

        assertThat(median.loadSeconds()).isEqualTo(2.0);
        assertThat(median.totalSeconds()).isEqualTo(8.0);
        assertThat(median.peakRssKb()).isEqualTo(30);
        assertThat(median.sqlite().importSeconds()).isEqualTo(5.0);
        assertThat(median.sqlite().indexSeconds()).isEqualTo(2.0);
        assertThat(median.loadRowsPerSecond()).isEqualTo(50.0);
    }

    private static BenchImportResult.SqliteShellResult shell(double importSeconds, double indexSeconds) {
        return new BenchImportResult.SqliteShellResult("3.40.1", 100, importSeconds, indexSeconds);
    }
}
