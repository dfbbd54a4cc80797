package org.dinexplorer.app.gui.data;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dinexplorer.storage.overview.DataOverview;

/** Tiles with table sizes and distinct ids, CTR per day, and behaviours per day by type. */
final class OverviewPane extends VBox {

    private final FlowPane tiles = new FlowPane(10, 10);
    private final BarChart<String, Number> ctrChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final StackedBarChart<String, Number> behaviorChart =
            new StackedBarChart<>(new CategoryAxis(), new NumberAxis());

    OverviewPane(DataViewModel model) {
        Label title = new Label("Dataset overview");
        title.getStyleClass().add("section-title");
        ctrChart.setTitle("CTR per day (Asia/Shanghai)");
        ctrChart.setLegendVisible(false);
        ctrChart.setAnimated(false);
        behaviorChart.setTitle("Behaviours per day by type");
        behaviorChart.setAnimated(false);
        for (var chart : new XYChart<?, ?>[] {ctrChart, behaviorChart}) {
            chart.setPrefHeight(260);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        tiles.setId("overview-tiles");
        getChildren().addAll(title, tiles, new HBox(10, ctrChart, behaviorChart));
        setSpacing(10);
        setPadding(new Insets(0, 0, 10, 0));
        model.overview().addListener((observable, old, overview) -> {
            if (overview != null) {
                show(overview);
            }
        });
    }

    private void show(DataOverview overview) {
        tiles.getChildren().setAll(tile("Impressions", overview.impressionCount()), tile("Ads", overview.adCount()),
                tile("User profiles", overview.userCount()), tile("Behaviours", overview.behaviorCount()),
                tile("Users with impressions", overview.distinctUsers()),
                tile("Ads shown", overview.distinctAds()), tile("Categories", overview.distinctCategories()),
                tile("Brands", overview.distinctBrands()));
        XYChart.Series<String, Number> ctr = new XYChart.Series<>();
        for (DataOverview.ImpressionDay day : overview.impressionDays()) {
            ctr.getData().add(new XYChart.Data<>(day.day().substring(5), day.ctr() * 100));
        }
        ctrChart.getYAxis().setLabel("CTR %");
        ctrChart.getData().setAll(java.util.List.of(ctr));
        String[] names = {"pv", "cart", "fav", "buy"};
        var series = new java.util.ArrayList<XYChart.Series<String, Number>>();
        for (int type = 0; type < names.length; type++) {
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(names[type]);
            for (DataOverview.BehaviorDay day : overview.behaviorDays()) {
                long[] counts = {day.pvCount(), day.cartCount(), day.favCount(), day.buyCount()};
                line.getData().add(new XYChart.Data<>(day.day().substring(5), counts[type]));
            }
            series.add(line);
        }
        behaviorChart.getData().setAll(series);
    }

    private static VBox tile(String name, long value) {
        Label number = new Label(String.format(Locale.ROOT, "%,d", value));
        number.getStyleClass().add("title-3");
        Label caption = new Label(name);
        caption.getStyleClass().add("text-muted");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().add("stat-tile");
        tile.setPadding(new Insets(8, 14, 8, 14));
        return tile;
    }
}
