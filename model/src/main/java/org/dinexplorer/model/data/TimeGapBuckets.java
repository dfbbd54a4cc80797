package org.dinexplorer.model.data;

/**
 * Buckets of the time from a past behaviour to the impression: the rows of the {@code time_gap} embedding table.
 * Row 0 is padding, row 1 "unknown" (a gap below one second, which a history built strictly before the impression
 * never has), and rows 2 and up cover the gap on a logarithmic scale of minutes with three buckets per doubling, row
 * {@code 2 + floor(3 * log2(1 + minutes))}: one minute falls in row 5, one hour in row 19, one day in row 33 and a
 * week in row 41; gaps longer than about 140 days share the last row.
 */
public final class TimeGapBuckets {

    /** Rows of the {@code time_gap} table. */
    public static final int ROWS = 56;
    /** Row of a padded history position. */
    public static final int PADDING = 0;
    private static final int STEPS_PER_DOUBLING = 3;

    private TimeGapBuckets() {
    }

    /** The row of a real behaviour {@code seconds} before the impression. */
    public static int row(int seconds) {
        if (seconds < 1) {
            return 1;
        }
        double minutes = seconds / 60.0;
        int bucket = (int) Math.floor(STEPS_PER_DOUBLING * Math.log1p(minutes) / Math.log(2));
        return Math.min(ROWS - 1, 2 + bucket);
    }
}
