package org.dinexplorer.app.gui.charts;

/**
 * Exponential moving average with bias correction, as TensorBoard's smoothing slider does: weight 0 leaves the
 * series unchanged, weight 0.99 smooths heavily, and early points are not dragged towards zero.
 */
public final class Smoothing {

    private Smoothing() {
    }

    /**
     * Smooths {@code values}; NaN values are passed through and do not disturb the average.
     *
     * @param weight 0 (none) to below 1 (strong)
     */
    public static double[] ema(double[] values, double weight) {
        if (weight < 0 || weight >= 1) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        double[] smoothed = new double[values.length];
        double last = 0;
        int seen = 0;
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!Double.isFinite(value)) {
                smoothed[i] = value;
                continue;
            }
            last = last * weight + (1 - weight) * value;
            seen++;
            double debias = 1 - Math.pow(weight, seen);
            smoothed[i] = weight == 0 ? value : last / debias;
        }
        return smoothed;
    }
}
