package org.dinexplorer.app.service.export;

/**
 * A perceptually ordered colour scale (close to viridis) used by the heatmap on screen and in exports alike, so an
 * exported file shows the same colours as the window.
 */
public final class ColorScale {

    private static final int[] STOPS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

    private ColorScale() {
    }

    /** RGB (0xRRGGBB) for {@code value} in {@code [min, max]}; values outside are clamped. */
    public static int rgb(double value, double min, double max) {
        double t = max > min ? (value - min) / (max - min) : 0.5;
        t = Math.max(0, Math.min(1, t));
        double position = t * (STOPS.length - 1);
        int lower = Math.min(STOPS.length - 2, (int) Math.floor(position));
        double f = position - lower;
        return mix(STOPS[lower], STOPS[lower + 1], f);
    }

    private static int mix(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
