package org.dinexplorer.app.gui.charts;

import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.app.service.export.Decimation;

/**
 * A line chart that shows a {@link ChartData}, thinned to at most {@value #MAX_POINTS} points per series so it stays
 * fluid with hundreds of thousands of points; the full data stays in the caller for CSV export. Without a single finite
 * point it shows its title and an empty-state text instead of axes: an empty JavaFX chart invents a range (0–125, or
 * up to 10^20 when its series exist but hold no point yet) that reads like data.
 */
public final class LineChartPane extends StackPane {

    /** Points drawn per series at most. */
    public static final int MAX_POINTS = 2_000;

    private final LineChart<Number, Number> chart;
    private final VBox empty;
    private ChartData shown = new ChartData("", "", "", java.util.List.of());

    /**
     * An empty chart with a title and axis labels.
     *
     * @param emptyText what the chart shows while there is no point, e.g. "No evaluation yet"
     */
    public LineChartPane(String title, String xLabel, String yLabel, String emptyText) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setLabel(xLabel);
        xAxis.setForceZeroInRange(false);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(yLabel);
        yAxis.setForceZeroInRange(false);
        chart = new LineChart<>(xAxis, yAxis);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().add("metric-chart");
        Label emptyTitle = new Label(title);
        emptyTitle.getStyleClass().add("chart-empty-title");
        Label emptyBody = new Label(emptyText);
        emptyBody.getStyleClass().add("text-muted");
        emptyBody.setWrapText(true);
        empty = new VBox(6, emptyTitle, emptyBody);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("chart-empty");
        getChildren().addAll(chart, empty);
        Tooltip.install(chart, new Tooltip("Right-click to export as PNG, SVG or CSV"));
        showEmptyState();
    }

    /** Replaces what the chart shows; call on the FX thread. */
    public void show(ChartData data) {
        shown = data;
        var series = new java.util.ArrayList<XYChart.Series<Number, Number>>();
        for (ChartData.Series line : data.series()) {
            ChartData.Series thin = Decimation.decimate(line, MAX_POINTS);
            XYChart.Series<Number, Number> drawn = new XYChart.Series<>();
            drawn.setName(line.name());
            var points = new java.util.ArrayList<XYChart.Data<Number, Number>>(thin.size());
            for (int i = 0; i < thin.size(); i++) {
                if (Double.isFinite(thin.ys()[i])) {
                    points.add(new XYChart.Data<>(thin.xs()[i], thin.ys()[i]));
                }
            }
            drawn.getData().setAll(points);
            series.add(drawn);
        }
        chart.getData().setAll(series);
        showEmptyState();
    }

    private void showEmptyState() {
        boolean none = drawnPointCount() == 0;
        chart.setVisible(!none);
        empty.setVisible(none);
    }

    /** True while the chart has no point to draw and shows its empty-state text instead. */
    public boolean isEmpty() {
        return empty.isVisible();
    }

    /** The data last shown, in full. */
    public ChartData shown() {
        return shown;
    }

    /** Points currently drawn across all series (for tests and measurements). */
    public int drawnPointCount() {
        return chart.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }

    /** The underlying chart, e.g. for a PNG snapshot. */
    public LineChart<Number, Number> chart() {
        return chart;
    }
}
