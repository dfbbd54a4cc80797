package org.dinexplorer.app.service;

import java.nio.file.Path;
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
     * @param importSeconds the {@code .import}
     * @param indexSeconds  a following {@code CREATE INDEX} on (user, time_stamp)
     */
    public record SqliteShellResult(String version, double importSeconds, double indexSeconds) {
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
