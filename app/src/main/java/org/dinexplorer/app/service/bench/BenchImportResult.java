package org.dinexplorer.app.service.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;

/**
 * Figures of one import benchmark.
 *
 * @param file          the behavior_log file imported
 * @param rows          data rows in it
 * @param fileBytes     its size
 * @param loadSeconds   reading, validating and inserting, up to the last committed chunk
 * @param totalSeconds  the whole import, including the index on (user, time_stamp)
 * @param peakRssKb     peak resident memory of this process (VmHWM), or -1 where /proc is missing
 * @param sqlite        the sqlite3 shell's figures on the same file, or null when the shell is not installed
 */
public record BenchImportResult(Path file, long rows, long fileBytes, double loadSeconds, double totalSeconds,
                                long peakRssKb, @Nullable SqliteShellResult sqlite) {

    /**
     * The sqlite3 shell importing the same file into a plain table (journal off, synchronous off, no validation).
     *
     * @param version      {@code sqlite3 --version}
     * @param rows          rows in its table afterwards (the check that it read the whole file)
     * @param importSeconds the {@code .import}
     * @param indexSeconds  a following {@code CREATE INDEX} on (user, time_stamp)
     */
    public record SqliteShellResult(String version, long rows, double importSeconds, double indexSeconds) {
    }

    /**
     * The medians of several runs on the same file (peak memory: the largest), to damp the noise of a busy machine.
     *
     * @param runs at least one run
     */
    public static BenchImportResult median(List<BenchImportResult> runs) {
        BenchImportResult first = runs.get(0);
        SqliteShellResult sqlite = null;
        if (runs.stream().allMatch(r -> r.sqlite() != null)) {
            sqlite = new SqliteShellResult(first.sqlite().version(), first.sqlite().rows(),
                    median(runs.stream().mapToDouble(r -> r.sqlite().importSeconds())),
                    median(runs.stream().mapToDouble(r -> r.sqlite().indexSeconds())));
        }
        return new BenchImportResult(first.file(), first.rows(), first.fileBytes(),
                median(runs.stream().mapToDouble(BenchImportResult::loadSeconds)),
                median(runs.stream().mapToDouble(BenchImportResult::totalSeconds)),
                runs.stream().mapToLong(BenchImportResult::peakRssKb).max().orElse(-1), sqlite);
    }

    private static double median(DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Rows per second of the load phase. */
    public double loadRowsPerSecond() {
        return rows / loadSeconds;
    }

    /** Rows per second of the whole import with its index. */
    public double totalRowsPerSecond() {
        return rows / totalSeconds;
    }

    /** Megabytes (10^6 bytes) per second of the load phase. */
    public double loadMegabytesPerSecond() {
        return fileBytes / 1e6 / loadSeconds;
    }
}
