package org.dinexplorer.app.service.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.importing.FileRole;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportListener;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.ImportSource;
import org.dinexplorer.storage.importing.TaobaoImporter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures importing a behavior_log file into a fresh database, and the sqlite3 shell's {@code .import} of the same
 * file as a yardstick. Used by {@code din-explorer bench import}.
 */
public final class ImportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final String[] BTAGS = {"pv", "cart", "fav", "buy"};
    /** 2017-04-22 00:00 to 2017-05-14 00:00 Asia/Shanghai, the span of the real behaviour log. */
    private static final long FIRST_SECOND = 1_492_790_400L;
    private static final long SPAN_SECONDS = 22 * 86_400L;

    /**
     * Writes {@code rows} behavior_log rows with realistic id ranges and tag mix (90 % pv); the same seed gives the
     * same file.
     *
     * @throws StorageException if the file cannot be written
     */
    public Path writeBehaviorLog(Path file, long rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("user,time_stamp,btag,cate,brand\n");
            StringBuilder line = new StringBuilder(64);
            for (long i = 0; i < rows; i++) {
                int tag = random.nextInt(100);
                line.setLength(0);
                line.append(1 + random.nextInt(1_141_729)).append(',')
                        .append(FIRST_SECOND + random.nextLong(SPAN_SECONDS)).append(',')
                        .append(BTAGS[tag < 90 ? 0 : tag < 94 ? 1 : tag < 97 ? 2 : 3]).append(',')
                        .append(1 + random.nextInt(12_000)).append(',');
                if (random.nextInt(50) == 0) {
                    line.append("NULL");
                } else {
                    line.append(1 + random.nextInt(460_000));
                }
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new StorageException("Cannot write benchmark file " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * Imports {@code csv} as behavior_log into a new database in {@code workDir}, then (if installed) lets the
     * sqlite3 shell import it too.
     */
    public BenchImportResult run(Path csv, Path workDir, ImportConfig config, Consumer<JobProgress> progress,
                                 BooleanSupplier stopRequested) {
        Path dbFile = workDir.resolve("bench-import.db");
        deleteDatabase(dbFile);
        Database database = Database.open(dbFile);
        long[] lastCommit = new long[1];
        long fileBytes = size(csv);
        ImportListener listener = new ImportListener() {
            @Override
            public void onProgress(long bytesRead, long acceptedCount, long rejectedCount) {
                lastCommit[0] = System.nanoTime();
                progress.accept(JobProgress.of(bytesRead, fileBytes, String.format(java.util.Locale.ROOT,
                        "Importing: %,d rows", acceptedCount + rejectedCount)));
            }

            @Override
            public void onPhase(String description) {
                progress.accept(JobProgress.indeterminate("Importing: " + description + "…"));
            }
        };
        long start = System.nanoTime();
        ImportReport report = new TaobaoImporter(database, config).importAll(
                List.of(new ImportSource(csv, FileRole.BEHAVIOR_LOG)), listener, stopRequested).get(0);
        long end = System.nanoTime();
        long peak = peakRssKb();
        deleteDatabase(dbFile);
        progress.accept(JobProgress.indeterminate("Timing the sqlite3 shell on the same file"));
        SqliteShell shell = new SqliteShell(workDir);
        BenchImportResult.SqliteShellResult sqlite = shell.available() ? shell.importAndIndex(csv) : null;
        return new BenchImportResult(csv, report.rowsRead(), fileBytes, (lastCommit[0] - start) / 1e9,
                (end - start) / 1e9, peak, sqlite);
    }

    /** Peak resident set size of this process in KiB (VmHWM), or -1 where /proc is not available. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("No /proc/self/status here", e);
        }
        return -1;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void deleteDatabase(Path dbFile) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(Path.of(dbFile + suffix));
            }
        } catch (IOException e) {
            throw new StorageException("Cannot delete " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /** The sqlite3 command-line shell, run as a child process. */
    private record SqliteShell(Path workDir) {
        private static final String EXECUTABLE = "sqlite3";

        boolean available() {
            try {
                return run(null, "--version") != null;
            } catch (IOException e) {
                LOG.info("No sqlite3 shell to compare with: {}", e.getMessage());
                return false;
            }
        }

        BenchImportResult.SqliteShellResult importAndIndex(Path csv) {
            Path db = workDir.resolve("bench-sqlite3.db");
            deleteDatabase(db);
            try {
                String version = run(null, "--version");
                long start = System.nanoTime();
                require(run("PRAGMA journal_mode=OFF;\nPRAGMA synchronous=OFF;\nCREATE TABLE behaviors (user INTEGER,"
                        + " time_stamp INTEGER, btag TEXT, cate INTEGER, brand INTEGER);\n.mode csv\n"
                        + ".import --skip 1 \"" + importSource(csv) + "\" behaviors\n", db.toString()));
                long imported = System.nanoTime();
                require(run("PRAGMA journal_mode=OFF;\nPRAGMA synchronous=OFF;\n"
                        + "CREATE INDEX behaviors_user_time ON behaviors (user, time_stamp);\n", db.toString()));
                long indexed = System.nanoTime();
                String count = require(run("SELECT count(*) FROM behaviors;\n", db.toString()));
                return new BenchImportResult.SqliteShellResult(version == null ? "?" : version.strip(),
                        Long.parseLong(count.strip()), (imported - start) / 1e9, (indexed - imported) / 1e9);
            } catch (IOException e) {
                throw new StorageException("The sqlite3 shell failed on " + csv + ": " + e.getMessage(), e);
            } finally {
                deleteDatabase(db);
            }
        }

        /**
         * What {@code .import} reads: the file itself, or for a {@code .gz} file the output of {@code gzip -dc}
         * (the shell's "|command" form), so that both sides start from the same compressed file.
         */
        static String importSource(Path csv) {
            String path = csv.toAbsolutePath().toString();
            return path.endsWith(".gz") ? "|gzip -dc '" + path.replace("'", "'\\''") + "'" : path;
        }

        private static String require(@Nullable String output) throws IOException {
            if (output == null) {
                throw new IOException("sqlite3 exited with an error (see the log)");
            }
            return output;
        }

        /** Runs the shell with {@code script} on stdin; returns its output, or null if it exited non-zero. */
        private @Nullable String run(@Nullable String script, String argument) throws IOException {
            Process process = new ProcessBuilder(EXECUTABLE, argument).redirectErrorStream(true).start();
            try (var in = process.getOutputStream()) {
                if (script != null) {
                    in.write(script.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
                    LOG.warn("sqlite3 {} failed: {}", argument, output);
                    return null;
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for sqlite3", e);
            }
            return output;
        }
    }
}
