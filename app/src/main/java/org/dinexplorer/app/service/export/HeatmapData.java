package org.dinexplorer.app.service.export;

import java.util.List;

/**
 * A heatmap as plain data: rows (e.g. candidate ads) × columns (e.g. history positions).
 *
 * @param title        heatmap title
 * @param rowLabels    one label per row
 * @param columnLabels one label per column
 * @param values       {@code values[row][column]}; NaN means "no cell" (e.g. a padded history position)
 */
public record HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, double[][] values) {

    /** Checks that the matrix matches the labels. */
    public HeatmapData {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rowLabels.size() + " labels");
        }
        for (double[] row : values) {
            if (row.length != columnLabels.size()) {
                throw new IllegalArgumentException(row.length + " columns of values for " + columnLabels.size()
                        + " labels");
            }
        }
    }

    /** Smallest and largest finite value, or {0, 1} when there is none. */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double value : row) {
                if (Double.isFinite(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        return Double.isFinite(min) ? new double[] {min, max} : new double[] {0, 1};
    }
}
