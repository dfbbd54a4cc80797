package org.dinexplorer.storage.demo;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Counts written rows, tells the listener every 100,000 rows and honours a stop request every 10,000 rows. */
final class ProgressTracker {

    private static final long STOP_CHECK_ROWS = 10_000;
    private static final long REPORT_ROWS = 100_000;

    private final GenerationListener listener;
    private final BooleanSupplier stopRequested;
    private final long expectedRows;
    private long written;
    private long nextStopCheck = STOP_CHECK_ROWS;
    private long nextReport = REPORT_ROWS;

    ProgressTracker(GenerationListener listener, BooleanSupplier stopRequested, long expectedRows) {
        this.listener = listener;
        this.stopRequested = stopRequested;
        this.expectedRows = expectedRows;
    }

    void start() {
        listener.onStart(expectedRows);
        checkStop();
    }

    /** Adds written rows; may throw {@link CancellationException} when a stop was requested. */
    void add(long rows) {
        written += rows;
        if (written >= nextStopCheck) {
            nextStopCheck = written + STOP_CHECK_ROWS;
            checkStop();
        }
        if (written >= nextReport) {
            nextReport = written + REPORT_ROWS;
            listener.onProgress(written, expectedRows);
        }
    }

    void finish() {
        listener.onProgress(written, expectedRows);
    }

    long written() {
        return written;
    }

    void checkStop() {
        if (stopRequested.getAsBoolean()) {
            throw new CancellationException("Demo data generation stopped after " + written + " rows.");
        }
    }
}
