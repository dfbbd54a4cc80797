package org.dinexplorer.app.service.export;

/**
 * Thins a long series for drawing: the x range is cut into buckets and each bucket keeps its first point and its
 * minimum and maximum, so spikes stay visible. A series at or under the limit is returned as it is.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * Returns at most about {@code maxPoints} points of {@code series} (never fewer than needed to keep every bucket's
     * extremes), in x order.
     *
     * @param maxPoints the budget, at least 3
     */
    public static ChartData.Series decimate(ChartData.Series series, int maxPoints) {
        if (maxPoints < 3) {
            throw new IllegalArgumentException("maxPoints must be at least 3, got " + maxPoints);
        }
        int n = series.size();
        if (n <= maxPoints) {
            return series;
        }
        int buckets = maxPoints / 3;
        double[] xs = new double[buckets * 3];
        double[] ys = new double[buckets * 3];
        int out = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int min = from;
            int max = from;
            for (int i = from; i < to; i++) {
                if (series.ys()[i] < series.ys()[min]) {
                    min = i;
                }
                if (series.ys()[i] > series.ys()[max]) {
                    max = i;
                }
            }
            int[] keep = {from, Math.min(min, max), Math.max(min, max)};
            int previous = -1;
            for (int index : keep) {
                if (index != previous) {
                    xs[out] = series.xs()[index];
                    ys[out] = series.ys()[index];
                    out++;
                    previous = index;
                }
            }
        }
        return new ChartData.Series(series.name(), java.util.Arrays.copyOf(xs, out), java.util.Arrays.copyOf(ys, out));
    }
}
