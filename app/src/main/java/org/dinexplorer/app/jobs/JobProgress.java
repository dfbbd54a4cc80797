package org.dinexplorer.app.jobs;

/**
 * A progress report of a job.
 *
 * @param fraction done so far, 0 to 1, or {@link #INDETERMINATE} when unknown
 * @param message  one line for the status bar, e.g. "behavior_log.csv: 1.2 M rows, 310 k rows/s" (the
 *                 status bar and the CLI add the ETA, see {@link RemainingTime})
 */
public record JobProgress(double fraction, String message) {

    /** Fraction value meaning "unknown". */
    public static final double INDETERMINATE = -1;

    /** Formats a duration as {@code h:mm:ss} or {@code m:ss}, as progress messages show elapsed time and ETA. */
    public static String formatDuration(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Progress with an unknown fraction. */
    public static JobProgress indeterminate(String message) {
        return new JobProgress(INDETERMINATE, message);
    }

    /** Progress {@code done / total}; an unknown or zero total gives an indeterminate fraction. */
    public static JobProgress of(long done, long total, String message) {
        return new JobProgress(total > 0 ? Math.min(1.0, (double) done / total) : INDETERMINATE, message);
    }
}
