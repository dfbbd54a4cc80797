package org.dinexplorer.app.gui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.dinexplorer.app.gui.charts.LineChartPane;
import org.dinexplorer.app.service.export.ChartData;

/**
 * Measures UI responsiveness: the gaps between consecutive FX pulses while something runs (a frozen UI shows as a
 * long gap), and the time to show a chart of many points. Used by {@code --smoke-test}; the figures go to the
 * console and the log.
 */
final class FrameGaps extends AnimationTimer {

    private long[] gapsNanos = new long[4096];
    private int count;
    private long last;

    @Override
    public void start() {
        last = 0;
        super.start();
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            if (count == gapsNanos.length) {
                gapsNanos = Arrays.copyOf(gapsNanos, count * 2);
            }
            gapsNanos[count++] = now - last;
        }
        last = now;
    }

    /** Gaps recorded so far. */
    int count() {
        return count;
    }

    /** "N frames, median x ms, p99 y ms, max z ms". */
    String summary() {
        long[] sorted = Arrays.copyOf(gapsNanos, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%d frames, median %.1f ms, p99 %.1f ms, max %.1f ms", count,
                sorted[count / 2] / 1e6, sorted[Math.min(count - 1, (int) (count * 0.99))] / 1e6,
                sorted[count - 1] / 1e6);
    }

    /** Time to show and lay out a line chart of {@code points} points (thinned for drawing) on the FX thread. */
    static String chartTiming(int points) {
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = i;
            ys[i] = 0.2 + 0.5 * Math.exp(-i / (points / 5.0)) + 0.02 * Math.sin(i * 0.37);
        }
        LineChartPane pane = new LineChartPane("loss", "step", "loss", "No steps");
        Scene scene = new Scene(pane, 800, 400);
        long start = System.nanoTime();
        pane.show(new ChartData("loss", "step", "loss", List.of(new ChartData.Series("loss", xs, ys))));
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.snapshot(null);
        return String.format(Locale.ROOT, "a %,d-point loss chart (%,d points drawn) shown and rendered in %.0f ms",
                points, pane.drawnPointCount(), (System.nanoTime() - start) / 1e6);
    }
}
