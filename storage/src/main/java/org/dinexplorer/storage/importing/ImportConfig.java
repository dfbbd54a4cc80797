package org.dinexplorer.storage.importing;

import java.time.Instant;

/**
 * Settings of an import.
 *
 * @param chunkRows        rows read per committed transaction (1 .. 10,000,000); the resume cursor moves per chunk
 * @param minTimestamp     earliest plausible timestamp, inclusive (Unix seconds)
 * @param maxTimestamp     latest plausible timestamp, exclusive (Unix seconds)
 * @param maxLineChars     longer lines are rejected as {@link RejectReason#LINE_TOO_LONG} (100 .. 16,000,000)
 * @param sniffRows        how many first rows decide whether the file is the wrong one (over half rejected)
 * @param rawTextChars     how much of a rejected line is kept in {@code rejected_rows.raw_text}
 * @param synchronousOff   whether chunks are committed with {@code PRAGMA synchronous=OFF} instead of NORMAL: with WAL
 *                         both are safe when the application crashes or is killed; only NORMAL is also safe when
 *                         the machine loses power. Measured gain of OFF: small (see docs/PERFORMANCE.md)
 */
public record ImportConfig(int chunkRows, long minTimestamp, long maxTimestamp, int maxLineChars, int sniffRows,
                           int rawTextChars, boolean synchronousOff) {

    /** 2017-01-01T00:00:00Z: the Taobao logs start in April 2017. */
    public static final long DEFAULT_MIN_TIMESTAMP = Instant.parse("2017-01-01T00:00:00Z").getEpochSecond();
    /** 2018-01-01T00:00:00Z. */
    public static final long DEFAULT_MAX_TIMESTAMP = Instant.parse("2018-01-01T00:00:00Z").getEpochSecond();

    /** Validates the ranges. */
    public ImportConfig {
        requireRange("chunkRows", chunkRows, 1, 10_000_000);
        requireRange("maxLineChars", maxLineChars, 100, 16_000_000);
        requireRange("sniffRows", sniffRows, 1, 1_000_000);
        requireRange("rawTextChars", rawTextChars, 10, 100_000);
        if (minTimestamp >= maxTimestamp) {
            throw new IllegalArgumentException("minTimestamp (" + minTimestamp + ") must be before maxTimestamp ("
                    + maxTimestamp + ")");
        }
    }

    /**
     * 100,000-row chunks, timestamps in 2017, lines up to 10,000 characters, 1,000 rows sniffed, 500 characters of a
     * rejected line kept, {@code synchronous=NORMAL}.
     */
    public static ImportConfig defaults() {
        return new ImportConfig(100_000, DEFAULT_MIN_TIMESTAMP, DEFAULT_MAX_TIMESTAMP, 10_000, 1_000, 500, false);
    }

    /** A copy with another chunk size. */
    public ImportConfig withChunkRows(int rows) {
        return new ImportConfig(rows, minTimestamp, maxTimestamp, maxLineChars, sniffRows, rawTextChars,
                synchronousOff);
    }

    /** A copy with another plausible timestamp window, {@code [min, max)} in Unix seconds. */
    public ImportConfig withTimestampWindow(long min, long max) {
        return new ImportConfig(chunkRows, min, max, maxLineChars, sniffRows, rawTextChars, synchronousOff);
    }

    /** A copy with the synchronous setting used while loading. */
    public ImportConfig withSynchronousOff(boolean off) {
        return new ImportConfig(chunkRows, minTimestamp, maxTimestamp, maxLineChars, sniffRows, rawTextChars, off);
    }

    /**
     * The settings that decide which rows are stored, as compact JSON with sorted keys, e.g.
     * {@code {"max_line_chars":10000,"max_timestamp":1514764800,"min_timestamp":1483228800}}. Stored with every
     * import (it is part of a dataset's fingerprint); chunk size and synchronous mode change nothing stored.
     */
    public String rowRulesJson() {
        return "{\"max_line_chars\":" + maxLineChars + ",\"max_timestamp\":" + maxTimestamp + ",\"min_timestamp\":"
                + minTimestamp + "}";
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " is " + value + "; allowed: " + min + " to " + max);
        }
    }
}
