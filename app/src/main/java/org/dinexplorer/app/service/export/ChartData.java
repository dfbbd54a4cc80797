package org.dinexplorer.app.service.export;

import java.util.List;

/**
 * A line chart as plain data: what the SVG and CSV exports write.
 *
 * @param title  chart title
 * @param xLabel x-axis label, e.g. "step"
 * @param yLabel y-axis label, e.g. "loss"
 * @param series the lines, drawn in order
 */
public record ChartData(String title, String xLabel, String yLabel, List<Series> series) {

    /** Copies the series list. */
    public ChartData {
        series = List.copyOf(series);
    }

    /**
     * One line of a chart.
     *
     * @param name legend label
     * @param xs   x values, ascending
     * @param ys   y values, same length as {@code xs}; NaN values are gaps
     */
    public record Series(String name, double[] xs, double[] ys) {

        /** Checks that both arrays have the same length. */
        public Series {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + xs.length + " x values but "
                        + ys.length + " y values");
            }
        }

        /** Number of points. */
        public int size() {
            return xs.length;
        }
    }
}
