package org.dinexplorer.app.service.export;

import java.util.List;
import java.util.Locale;

/**
 * A diverging colour scale centred at zero (ColorBrewer RdBu): near white at 0, deeper red for larger positive values,
 * deeper blue for larger negative ones. DIN's attention weights (no softmax) and the influences are signed, and a
 * strongly negative value matters as much as a strongly positive one, so neither end may look like "nothing". Used by
 * the heatmap on screen and in exports alike, so an exported file shows the same colours as the window.
 */
public final class ColorScale {

    /** What the legend says under its bar: where zero is and which colour has which sign. */
    public static final List<String> LEGEND_NOTE = List.of("white = 0", "red > 0, blue < 0");

    private static final int[] STOPS = {0x2166AC, 0x67A9CF, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xEF8A62, 0xB2182B};

    private ColorScale() {
    }

    /** RGB (0xRRGGBB) for {@code value} on a scale from {@code -maxAbs} to {@code +maxAbs}; outside it, clamped. */
    public static int rgb(double value, double maxAbs) {
        double t = maxAbs > 0 ? (value / maxAbs + 1) / 2 : 0.5;
        t = Math.max(0, Math.min(1, t));
        double position = t * (STOPS.length - 1);
        int lower = Math.min(STOPS.length - 2, (int) Math.floor(position));
        double f = position - lower;
        return mix(STOPS[lower], STOPS[lower + 1], f);
    }

    /** Legend ticks from top to bottom: {@code +maxAbs}, {@code 0} and {@code -maxAbs}, with their place on the bar. */
    public static List<Tick> ticks(double maxAbs) {
        return List.of(new Tick(String.format(Locale.ROOT, "%+.3g", maxAbs), 0),
                new Tick("0", 0.5),
                new Tick(String.format(Locale.ROOT, "%+.3g", -maxAbs).replace('-', '\u2212'), 1));
    }

    private static int mix(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }

    /**
     * One labelled tick of the legend bar.
     *
     * @param label    the value as text
     * @param fraction where on the bar, 0 at the top (largest value) to 1 at the bottom
     */
    public record Tick(String label, double fraction) {
    }
}
