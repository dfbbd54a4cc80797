package org.dinexplorer.app.gui.training;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.dinexplorer.app.gui.charts.LineChartPane;
import org.dinexplorer.app.gui.common.ExportActions;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The Train page: the form on the left; progress, live curves and the log on the right. */
public final class TrainView extends BorderPane {

    private static final Duration REFRESH = Duration.millis(200);
    private static final String NO_EVALUATION = "No evaluation yet: the curves start at the first validation";

    private final TrainViewModel model;
    private final LineChartPane loss = new LineChartPane("Training loss", "step", "loss",
            "No training step yet");
    private final LineChartPane metrics = new LineChartPane("AUC and GAUC (validation)", "step",
            "metric", NO_EVALUATION);
    private final LineChartPane logLoss = new LineChartPane("Logloss (validation)", "step",
            "logloss", NO_EVALUATION);

    /**
     * @param model      the page's state
     * @param jobRunning true while any job runs (Start is disabled then)
     * @param backend    one line naming the numeric backend
     * @param exports    PNG/SVG/CSV export of the charts
     */
    public TrainView(TrainViewModel model, ObservableBooleanValue jobRunning, ObservableValue<String> backend,
                     ExportActions exports) {
        this.model = model;
        Label dataset = new Label();
        dataset.textProperty().bind(model.datasetInfo());
        dataset.setWrapText(true);
        Label tip = new Label();
        tip.setId("train-batch-tip");
        tip.textProperty().bind(model.batchTip());
        tip.setWrapText(true);
        tip.getStyleClass().add("warning");
        tip.managedProperty().bind(tip.textProperty().isNotEmpty());
        tip.visibleProperty().bind(tip.textProperty().isNotEmpty());
        Label backendLabel = new Label();
        backendLabel.textProperty().bind(backend);
        backendLabel.getStyleClass().add("text-muted");
        VBox left = new VBox(10, new TrainFormView(model.form()), dataset, tip, backendLabel);
        left.setPadding(new Insets(10));
        ScrollPane formScroll = new ScrollPane(left);
        formScroll.setFitToWidth(true);
        // Start, Pause and Stop stay in sight above the form, which scrolls on a laptop screen
        HBox buttons = buttons(jobRunning);
        buttons.setPadding(new Insets(10, 10, 0, 10));
        VBox leftPane = new VBox(8, buttons, formScroll);
        VBox.setVgrow(formScroll, javafx.scene.layout.Priority.ALWAYS);
        leftPane.setMinWidth(380);

        exports.installChart(loss, model.curves()::lossChart, "training-loss");
        exports.installChart(metrics, () -> model.curves().metricChart("validation"), "auc-gauc");
        exports.installChart(logLoss, () -> model.curves().logLossChart("validation"), "logloss");
        loss.setId("chart-loss");
        metrics.setId("chart-metrics");
        logLoss.setId("chart-logloss");
        SplitPane split = new SplitPane(leftPane, right());
        split.setDividerPositions(0.33);
        setCenter(split);
        model.curves().version().addListener((observable, old, version) -> redraw());
        Timeline drain = new Timeline(new KeyFrame(REFRESH, event -> model.drainUpdates()));
        drain.setCycleCount(Timeline.INDEFINITE);
        drain.play();
        getStyleClass().add("page");
    }

    private HBox buttons(ObservableBooleanValue jobRunning) {
        Button start = new Button("Start", new FontIcon(MaterialDesignP.PLAY));
        start.setId("train-start");
        start.setDefaultButton(true);
        start.setTooltip(new Tooltip("Train a new run with these settings (Enter)"));
        start.disableProperty().bind(model.canStart(jobRunning).not());
        start.setOnAction(event -> model.start());
        Button pause = new Button("Pause", new FontIcon(MaterialDesignP.PAUSE));
        pause.setId("train-pause");
        pause.textProperty().bind(javafx.beans.binding.Bindings.when(model.paused()).then("Resume").otherwise("Pause"));
        pause.setTooltip(new Tooltip("Pause or resume between batches"));
        pause.disableProperty().bind(model.running().not());
        pause.setOnAction(event -> model.togglePause());
        Button stop = new Button("Stop", new FontIcon(MaterialDesignS.STOP));
        stop.setId("train-stop");
        stop.setTooltip(new Tooltip("Stop after the current batch; the run is kept as cancelled and can be resumed"));
        stop.disableProperty().bind(model.running().not());
        stop.setOnAction(event -> model.stop());
        return new HBox(8, start, pause, stop);
    }

    private VBox right() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("train-progress");
        Label status = new Label();
        status.textProperty().bind(model.status());
        status.setId("train-status");
        Label outcome = new Label();
        outcome.textProperty().bind(model.outcome());
        outcome.getStyleClass().add("text-bold");
        outcome.setId("train-outcome");
        Slider smoothing = new Slider(0, 0.99, model.curves().smoothing().get());
        smoothing.valueProperty().bindBidirectional(model.curves().smoothing());
        smoothing.setTooltip(new Tooltip("Smoothing of the loss curve (exponential moving average)"));
        smoothing.setId("train-smoothing");
        HBox smoothingRow = new HBox(8, new Label("Smoothing"), smoothing);
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.add(loss, 0, 0, 2, 1);
        charts.add(metrics, 0, 1);
        charts.add(logLoss, 1, 1);
        for (var chart : new LineChartPane[] {loss, metrics, logLoss}) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
            chart.setPrefHeight(240);
        }
        ListView<String> log = new ListView<>(model.log());
        log.setId("train-log");
        log.setPrefHeight(140);
        log.getItems().addListener((javafx.collections.ListChangeListener<String>) change ->
                log.scrollTo(log.getItems().size() - 1));
        VBox box = new VBox(8, progress, status, outcome, smoothingRow, charts, log);
        VBox.setVgrow(charts, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void redraw() {
        loss.show(model.curves().lossChart());
        metrics.show(model.curves().metricChart("validation"));
        logLoss.show(model.curves().logLossChart("validation"));
    }

    /** The loss chart (for tests and measurements). */
    public LineChartPane lossChart() {
        return loss;
    }

    /** The AUC/GAUC chart (for tests). */
    public LineChartPane metricsChart() {
        return metrics;
    }
}
