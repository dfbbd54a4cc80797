package org.dinexplorer.app.service.export;

import java.util.List;

/**
 * A heatmap as plain data: rows (e.g. candidate ads) × columns (e.g. history positions), with one or more layers of
 * values over the same cells (e.g. attention weight and influence); one layer is drawn, all are exported as CSV.
 *
 * @param title        heatmap title
 * @param rowLabels    one label per row
 * @param columnLabels one label per column
 * @param layers       the layers, in the order of the CSV columns
 * @param drawn        index of the layer that is drawn
 */
public record HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, List<Layer> layers,
                          int drawn) {

    /** Checks that every layer matches the labels. */
    public HeatmapData {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        layers = List.copyOf(layers);
        if (drawn < 0 || drawn >= layers.size()) {
            throw new IllegalArgumentException("layer " + drawn + " drawn of " + layers.size());
        }
        for (Layer layer : layers) {
            if (layer.values().length != rowLabels.size()) {
                throw new IllegalArgumentException(layer.values().length + " rows of " + layer.name() + " for "
                        + rowLabels.size() + " labels");
            }
            for (double[] row : layer.values()) {
                if (row.length != columnLabels.size()) {
                    throw new IllegalArgumentException(row.length + " columns of " + layer.name() + " for "
                            + columnLabels.size() + " labels");
                }
            }
        }
    }

    /** A heatmap with a single layer. */
    public HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, String valueName,
                       double[][] values) {
        this(title, rowLabels, columnLabels, List.of(new Layer(valueName, values)), 0);
    }

    /** The values drawn: {@code values[row][column]}, NaN for "no cell". */
    public double[][] values() {
        return layers.get(drawn).values();
    }

    /** Name of the layer drawn, the legend's caption. */
    public String valueName() {
        return layers.get(drawn).name();
    }

    /**
     * The largest absolute finite value drawn, or 1 when there is none (or all are 0): the end of a colour scale
     * centred at zero, so a cell's colour says its sign and its size relative to the largest one.
     */
    public double maxAbs() {
        double max = 0;
        for (double[] row : values()) {
            for (double value : row) {
                if (Double.isFinite(value)) {
                    max = Math.max(max, Math.abs(value));
                }
            }
        }
        return max > 0 ? max : 1;
    }

    /**
     * One layer of values.
     *
     * @param name   short name, e.g. {@code weight}; the CSV column and the legend caption
     * @param values {@code values[row][column]}; NaN means "no cell" (e.g. a padded history position)
     */
    public record Layer(String name, double[][] values) {
    }
}
