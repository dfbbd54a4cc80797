package org.dinexplorer.app.gui.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.dinexplorer.app.service.export.ColorScale;
import org.dinexplorer.app.service.export.HeatmapData;
import org.jspecify.annotations.Nullable;

/**
 * The heatmap drawn on one canvas (fast for 50 columns × 30 rows): labelled rows and columns, cells on the export's
 * diverging colour scale centred at zero, a legend that marks zero, a tooltip with every layer's exact value under
 * the mouse, and row selection by click. The columns share the width the canvas is given (between
 * {@value #MIN_CELL} and {@value #MAX_CELL} px each), so a whole 50-behaviour history fits across the page; below the
 * minimum it asks for more width and its scroll pane scrolls. Cells without a value (NaN) are drawn as empty.
 */
public final class HeatmapCanvas extends Region {

    private static final double MIN_CELL = 9;
    private static final double MAX_CELL = 22;
    private static final double ROW = 18;
    private static final double LEFT = 180;
    private static final double TOP = 10;
    private static final double BOTTOM = 170;
    private static final double LEGEND = 112;
    private static final double LEGEND_BAR = 120;
    /** Rotated 11 px column labels need this much room each; narrower cells label every second or third column. */
    private static final double LABEL_PITCH = 12;
    private static final Color EMPTY = Color.web("#eeeeee");
    private static final Color TEXT = Color.web("#24292f");
    /** Green: red and blue already say the sign of a cell. */
    private static final Color SELECTED = Color.web("#1a7f37");

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final List<String> legend = new ArrayList<>();
    private @Nullable HeatmapData data;
    private int selectedRow = -1;
    private double cell = MAX_CELL;
    private IntConsumer onRowClicked = row -> { };

    /** An empty heatmap. */
    public HeatmapCanvas() {
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(100));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseClicked(event -> {
            int row = rowAt(event.getY());
            if (row >= 0) {
                onRowClicked.accept(row);
            }
        });
        getStyleClass().add("heatmap");
    }

    /** Called with the row index when a row is clicked. */
    public void setOnRowClicked(IntConsumer handler) {
        onRowClicked = handler;
    }

    /** Draws {@code heatmap}, outlining row {@code selected} (-1 for none). */
    public void show(HeatmapData heatmap, int selected) {
        data = heatmap;
        selectedRow = selected;
        requestLayout();
        redraw();
    }

    /** The data drawn last, or null. */
    public @Nullable HeatmapData data() {
        return data;
    }

    /** Width of one column at the current size, in px (for tests). */
    double cellWidth() {
        return cell;
    }

    private int columnCount() {
        return data == null ? 0 : data.columnLabels().size();
    }

    private int rowCount() {
        return data == null ? 0 : data.rowLabels().size();
    }

    @Override
    protected double computeMinWidth(double height) {
        return LEFT + columnCount() * MIN_CELL + LEGEND;
    }

    @Override
    protected double computePrefWidth(double height) {
        return LEFT + columnCount() * MAX_CELL + LEGEND;
    }

    @Override
    protected double computeMinHeight(double width) {
        return TOP + Math.max(rowCount() * ROW, LEGEND_BAR + 50) + BOTTOM;
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    private void redraw() {
        HeatmapData heatmap = data;
        double width = Math.max(getWidth(), computeMinWidth(-1));
        double height = computeMinHeight(-1);
        int columns = columnCount();
        cell = columns == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, (width - LEFT - LEGEND) / columns));
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (heatmap != null) {
            draw(g, heatmap);
        }
    }

    private void draw(GraphicsContext g, HeatmapData heatmap) {
        double maxAbs = heatmap.maxAbs();
        int columns = heatmap.columnLabels().size();
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < heatmap.rowLabels().size(); r++) {
            double y = TOP + r * ROW;
            g.setFill(r == selectedRow ? SELECTED : TEXT);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(heatmap.rowLabels().get(r), LEFT - 6, y + ROW / 2, LEFT - 8);
            for (int c = 0; c < columns; c++) {
                double value = heatmap.values()[r][c];
                g.setFill(Double.isFinite(value) ? rgb(ColorScale.rgb(value, maxAbs)) : EMPTY);
                g.fillRect(LEFT + c * cell, y, cell - 1, ROW - 1);
            }
        }
        if (selectedRow >= 0 && selectedRow < heatmap.rowLabels().size()) {
            g.setStroke(SELECTED);
            g.setLineWidth(2);
            g.strokeRect(LEFT - 1, TOP + selectedRow * ROW - 1, columns * cell + 1, ROW + 1);
        }
        drawColumnLabels(g, heatmap);
        drawLegend(g, heatmap.valueName(), maxAbs, LEFT + columns * cell + 14);
    }

    private void drawColumnLabels(GraphicsContext g, HeatmapData heatmap) {
        double y = TOP + heatmap.rowLabels().size() * ROW + 4;
        int every = (int) Math.ceil(LABEL_PITCH / cell);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = 0; c < heatmap.columnLabels().size(); c += every) {
            g.save();
            g.translate(LEFT + c * cell + cell / 2, y);
            g.rotate(90);
            g.fillText(heatmap.columnLabels().get(c), 0, 0, BOTTOM - 8);
            g.restore();
        }
    }

    private void drawLegend(GraphicsContext g, String caption, double maxAbs, double x) {
        legend.clear();
        double top = TOP + 18;
        for (int i = 0; i < LEGEND_BAR; i++) {
            g.setFill(rgb(ColorScale.rgb(maxAbs - 2 * maxAbs * i / (LEGEND_BAR - 1), maxAbs)));
            g.fillRect(x, top + i, 14, 1);
        }
        g.setFill(TEXT);
        g.setStroke(TEXT);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.LEFT);
        text(g, caption, x, TOP + 4);
        for (ColorScale.Tick tick : ColorScale.ticks(maxAbs)) {
            double y = top + tick.fraction() * (LEGEND_BAR - 1);
            g.strokeLine(x + 14, y, x + 18, y);
            text(g, tick.label(), x + 21, y);
        }
        double y = top + LEGEND_BAR + 14;
        for (String line : ColorScale.LEGEND_NOTE) {
            text(g, line, x, y);
            y += 14;
        }
    }

    private void text(GraphicsContext g, String text, double x, double y) {
        g.fillText(text, x, y);
        legend.add(text);
    }

    private static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private int rowAt(double y) {
        int row = (int) Math.floor((y - TOP) / ROW);
        return y >= TOP && row < rowCount() ? row : -1;
    }

    private void hover(MouseEvent event) {
        HeatmapData shown = data;
        int row = rowAt(event.getY());
        int column = (int) Math.floor((event.getX() - LEFT) / cell);
        if (shown == null || row < 0 || event.getX() < LEFT || column >= shown.columnLabels().size()) {
            tooltip.setText("");
            tooltip.hide();
            return;
        }
        StringBuilder text = new StringBuilder(shown.rowLabels().get(row)).append("\nbehaviour ")
                .append(shown.columnLabels().get(column));
        for (HeatmapData.Layer layer : shown.layers()) {
            double value = layer.values()[row][column];
            text.append('\n').append(Double.isFinite(value)
                    ? String.format(Locale.ROOT, "%s %.6f", layer.name(), value) : layer.name() + " not scored yet");
        }
        tooltip.setText(text.toString());
    }

    /** Text of the tooltip for the last mouse position (for tests). */
    String tooltipText() {
        return tooltip.getText();
    }

    /** The legend's text as last drawn: caption, tick labels and the note on zero (for tests). */
    List<String> legendText() {
        return List.copyOf(legend);
    }
}
