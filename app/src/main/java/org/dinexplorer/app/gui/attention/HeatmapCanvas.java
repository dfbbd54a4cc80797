package org.dinexplorer.app.gui.attention;

import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.dinexplorer.app.service.export.ColorScale;
import org.dinexplorer.app.service.export.HeatmapData;
import org.jspecify.annotations.Nullable;

/**
 * The attention heatmap drawn on one canvas (fast for 50 columns × 30 rows): labelled rows and columns, cells in the
 * export colour scale, a legend, a tooltip with the exact weight under the mouse, and row selection by click. Cells
 * without a value (NaN) are drawn as empty.
 */
public final class HeatmapCanvas extends Pane {

    private static final double CELL = 18;
    private static final double LEFT = 190;
    private static final double TOP = 10;
    private static final double BOTTOM = 170;
    private static final double LEGEND = 90;
    private static final Color EMPTY = Color.web("#eeeeee");
    private static final Color SELECTED = Color.web("#d1242f");

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private @Nullable HeatmapData data;
    private int selectedRow = -1;
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
        int rows = heatmap.rowLabels().size();
        int columns = heatmap.columnLabels().size();
        double width = LEFT + columns * CELL + LEGEND;
        double height = TOP + Math.max(rows * CELL, 80) + BOTTOM;
        canvas.setWidth(width);
        canvas.setHeight(height);
        setPrefSize(width, height);
        setMinSize(width, height);
        draw(canvas.getGraphicsContext2D(), heatmap, width, height);
    }

    /** The data drawn last, or null. */
    public @Nullable HeatmapData data() {
        return data;
    }

    private void draw(GraphicsContext g, HeatmapData heatmap, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double[] range = heatmap.range();
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < heatmap.rowLabels().size(); r++) {
            double y = TOP + r * CELL;
            g.setFill(r == selectedRow ? SELECTED : Color.web("#24292f"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(heatmap.rowLabels().get(r), LEFT - 6, y + CELL / 2);
            for (int c = 0; c < heatmap.columnLabels().size(); c++) {
                double value = heatmap.values()[r][c];
                g.setFill(Double.isFinite(value) ? rgb(ColorScale.rgb(value, range[0], range[1])) : EMPTY);
                g.fillRect(LEFT + c * CELL, y, CELL - 1, CELL - 1);
            }
        }
        if (selectedRow >= 0 && selectedRow < heatmap.rowLabels().size()) {
            g.setStroke(SELECTED);
            g.setLineWidth(2);
            g.strokeRect(LEFT - 1, TOP + selectedRow * CELL - 1, heatmap.columnLabels().size() * CELL + 1, CELL + 1);
        }
        drawColumnLabels(g, heatmap);
        drawLegend(g, range, width);
    }

    private static void drawColumnLabels(GraphicsContext g, HeatmapData heatmap) {
        double y = TOP + heatmap.rowLabels().size() * CELL + 4;
        g.setFill(Color.web("#24292f"));
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = 0; c < heatmap.columnLabels().size(); c++) {
            g.save();
            g.translate(LEFT + c * CELL + CELL / 2, y);
            g.rotate(90);
            g.fillText(heatmap.columnLabels().get(c), 0, 0);
            g.restore();
        }
    }

    private static void drawLegend(GraphicsContext g, double[] range, double width) {
        double x = width - LEGEND + 14;
        double barHeight = 120;
        for (int i = 0; i < barHeight; i++) {
            double value = range[1] - (range[1] - range[0]) * i / (barHeight - 1);
            g.setFill(rgb(ColorScale.rgb(value, range[0], range[1])));
            g.fillRect(x, TOP + 14 + i, 14, 1);
        }
        g.setFill(Color.web("#24292f"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("weight", x, TOP + 4);
        g.fillText(String.format(Locale.ROOT, "%.3g", range[1]), x + 18, TOP + 18);
        g.fillText(String.format(Locale.ROOT, "%.3g", range[0]), x + 18, TOP + 10 + barHeight);
    }

    private static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private int rowAt(double y) {
        HeatmapData shown = data;
        int row = (int) Math.floor((y - TOP) / CELL);
        return shown != null && y >= TOP && row < shown.rowLabels().size() ? row : -1;
    }

    private void hover(MouseEvent event) {
        HeatmapData shown = data;
        int row = rowAt(event.getY());
        int column = (int) Math.floor((event.getX() - LEFT) / CELL);
        if (shown == null || row < 0 || event.getX() < LEFT || column >= shown.columnLabels().size()) {
            tooltip.setText("");
            tooltip.hide();
            return;
        }
        double value = shown.values()[row][column];
        tooltip.setText(shown.rowLabels().get(row) + "\nbehaviour " + shown.columnLabels().get(column) + "\n"
                + (Double.isFinite(value) ? String.format(Locale.ROOT, "weight %.6f", value) : "not scored yet"));
    }

    /** Text of the tooltip for the last mouse position (for tests). */
    String tooltipText() {
        return tooltip.getText();
    }
}
