package org.dinexplorer.app.service.export;

/**
 * Axis range and tick spacing rounded to 1, 2 or 5 times a power of ten, so tick labels read well.
 *
 * @param min  lower end of the axis (a multiple of {@code step})
 * @param max  upper end of the axis (a multiple of {@code step})
 * @param step distance between ticks
 */
record NiceScale(double min, double max, double step) {

    /** A scale covering {@code [low, high]} with about {@code ticks} ticks. */
    static NiceScale of(double low, double high, int ticks) {
        if (!(high > low)) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        double step = nice((high - low) / Math.max(1, ticks - 1));
        return new NiceScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    private static double nice(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return niceFraction * power;
    }

    /** Tick label for {@code value}: no more decimals than the step needs. */
    String label(double value) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) + 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
