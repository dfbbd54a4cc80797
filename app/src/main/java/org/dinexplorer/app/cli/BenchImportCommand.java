package org.dinexplorer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.bench.BenchImportResult;
import org.dinexplorer.app.service.bench.ImportBenchmark;
import org.dinexplorer.storage.importing.ImportConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer bench import}: import speed and memory on a behavior_log file, next to the sqlite3 shell. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Generate (or take) a behavior_log.csv or .csv.gz, import it into a fresh database and print rows/s, MB/s "
                + "and peak memory; when the sqlite3 shell is installed, time its .import of the same file too.",
            "Other programs running at the same time change the figures; run it on a quiet machine."})
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rows", defaultValue = "5000000", paramLabel = "N",
            description = "Rows to generate when no --file is given. Default: ${DEFAULT-VALUE}.")
    private long rows;

    @Option(names = "--file", paramLabel = "FILE", description = "Import this behavior_log file instead.")
    private @Nullable Path file;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the generated file.")
    private long seed;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Folder for the generated file and the databases (default: a new temporary folder).")
    private @Nullable Path workDir;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Runs, alternating DIN Explorer and sqlite3; the medians are printed. Default: "
                    + "${DEFAULT-VALUE}.")
    private int repeat;

    @Option(names = "--synchronous", defaultValue = "normal", paramLabel = "normal|off",
            description = "SQLite synchronous setting while loading (WAL either way); normal is what imports use. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String synchronous;

    @Override
    public Integer call() throws IOException {
        if (!synchronous.equals("off") && !synchronous.equals("normal")) {
            throw new CliFailure(ExitCodes.USAGE, "--synchronous must be off or normal, not " + synchronous);
        }
        if (rows < 1 || repeat < 1) {
            throw new CliFailure(ExitCodes.USAGE, "--rows and --repeat must be at least 1");
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("din-bench-import");
        ImportBenchmark benchmark = new ImportBenchmark();
        PrintWriter out = spec.commandLine().getOut();
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        Path csv = file;
        if (csv == null) {
            csv = dir.resolve("behavior_log.csv");
            out.printf(Locale.ROOT, "Writing %,d rows to %s (seed %d)%n", rows, csv, seed);
            out.flush();
            benchmark.writeBehaviorLog(csv, rows, seed);
        }
        List<BenchImportResult> results = new ArrayList<>();
        try (StopSignal stop = StopSignal.install()) {
            for (int i = 0; i < repeat; i++) {
                results.add(benchmark.run(csv, dir, ImportConfig.defaults().withSynchronousOff(
                        synchronous.equals("off")), progress::accept, stop));
                if (repeat > 1) {
                    printRun(out, i + 1, results.get(i));
                }
            }
        } finally {
            if (file == null && workDir == null) {
                Files.deleteIfExists(csv);
                Files.deleteIfExists(dir);
            }
        }
        if (repeat > 1) {
            out.printf(Locale.ROOT, "Medians of %d runs:%n", repeat);
        }
        print(out, BenchImportResult.median(results));
        return ExitCodes.OK;
    }

    private static void printRun(PrintWriter out, int run, BenchImportResult r) {
        out.printf(Locale.ROOT, "run %d: load %.2f s, total %.2f s", run, r.loadSeconds(), r.totalSeconds());
        if (r.sqlite() != null) {
            out.printf(Locale.ROOT, "; sqlite3 import %.2f s, index %.2f s", r.sqlite().importSeconds(),
                    r.sqlite().indexSeconds());
        }
        out.println();
        out.flush();
    }

    private void print(PrintWriter out, BenchImportResult r) {
        out.printf(Locale.ROOT, "File: %s, %,d rows, %.1f MB%n", r.file().getFileName(), r.rows(), r.fileBytes() / 1e6);
        out.printf(Locale.ROOT, "DIN Explorer import (validation, WAL, synchronous=%s):%n", synchronous);
        out.printf(Locale.ROOT, "  load   %7.2f s  %,10.0f rows/s  %6.1f MB/s%n", r.loadSeconds(),
                r.loadRowsPerSecond(), r.loadMegabytesPerSecond());
        out.printf(Locale.ROOT, "  total  %7.2f s  %,10.0f rows/s  (with index on user, time_stamp)%n",
                r.totalSeconds(), r.totalRowsPerSecond());
        out.printf(Locale.ROOT, "  peak RSS (VmHWM) %,d MB%n", r.peakRssKb() / 1024);
        if (r.sqlite() == null) {
            out.println("sqlite3 shell not found; no comparison.");
        } else {
            BenchImportResult.SqliteShellResult s = r.sqlite();
            out.printf(Locale.ROOT, "sqlite3 %s .import (journal off, synchronous off, no validation), %,d rows:%n",
                    s.version().split(" ")[0], s.rows());
            out.printf(Locale.ROOT, "  import %7.2f s  %,10.0f rows/s%n", s.importSeconds(),
                    r.rows() / s.importSeconds());
            out.printf(Locale.ROOT, "  total  %7.2f s  %,10.0f rows/s  (with CREATE INDEX on user, time_stamp)%n",
                    s.importSeconds() + s.indexSeconds(), r.rows() / (s.importSeconds() + s.indexSeconds()));
            out.printf(Locale.ROOT, "Ratio (DIN Explorer rows/s / sqlite3 rows/s): load %.2fx, with index %.2fx%n",
                    s.importSeconds() / r.loadSeconds(), (s.importSeconds() + s.indexSeconds()) / r.totalSeconds());
        }
        out.flush();
    }
}
