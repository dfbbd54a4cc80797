package org.dinexplorer.app.jobs;

/**
 * A progress report of a job.
 *
 * @param fraction done so far, 0 to 1, or {@link #INDETERMINATE} when unknown
 * @param message  one line for the status bar, e.g. "behavior_log.csv: 1.2 M rows, 310 k rows/s, ETA 0:42"
 */
public record JobProgress(double fraction, String message) {

    /** Fraction value meaning "unknown". */
    public static final double INDETERMINATE = -1;

    /** Progress with an unknown fraction. */
    public static JobProgress indeterminate(String message) {
        return new JobProgress(INDETERMINATE, message);
    }

    /** Progress {@code done / total}; an unknown or zero total gives an indeterminate fraction. */
    public static JobProgress of(long done, long total, String message) {
        return new JobProgress(total > 0 ? Math.min(1.0, (double) done / total) : INDETERMINATE, message);
    }
}
