package org.dinexplorer.app.gui.runs;

import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.textfield.TextFields;
import org.dinexplorer.app.gui.charts.LineChartPane;
import org.dinexplorer.app.gui.common.ExportActions;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The Runs page: actions on top (the everyday ones with their names, the rest as icons with tooltips, so the bar fits
 * 1366 px without an overflow menu), the filter and the table of runs across the full width, and the overlay charts
 * of the selected runs in a row below.
 */
public final class RunsView extends BorderPane {

    private static final String NO_CURVE = "No data: select runs evaluated on a validation split";
    private static final String NO_LOSS = "No data: select runs to compare their curves";

    private final RunsViewModel model;
    private final RunsTable table;
    private final LineChartPane auc = new LineChartPane("Validation AUC", "step", "AUC", NO_CURVE);
    private final LineChartPane gauc = new LineChartPane("Validation GAUC", "step", "GAUC", NO_CURVE);
    private final LineChartPane loss = new LineChartPane("Training loss", "step", "loss", NO_LOSS);
    private final LineChartPane logLoss = new LineChartPane("Validation logloss", "step", "logloss",
            NO_CURVE);

    /** Builds the page bound to {@code model}; charts export through {@code exports}. */
    public RunsView(RunsViewModel model, ExportActions exports) {
        this.model = model;
        this.table = new RunsTable(model);
        // ControlsFX's search field with a clear button
        TextField filter = TextFields.createClearableTextField();
        filter.setId("runs-filter");
        filter.setPromptText("Filter by name, notes, model or status");
        filter.textProperty().bindBidirectional(model.filter());
        Label notice = new Label();
        notice.textProperty().bind(model.notice());
        VBox left = new VBox(8, filter, table, notice);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        exports.installChart(auc, this::aucData, "runs-auc");
        exports.installChart(gauc, this::gaucData, "runs-gauc");
        exports.installChart(loss, model::lossOverlay, "runs-loss");
        exports.installChart(logLoss, this::logLossData, "runs-logloss");
        // the table gets the full width (its columns stay whole), the overlay charts share a row below it
        HBox charts = new HBox(8, auc, gauc, loss, logLoss);
        for (LineChartPane chart : new LineChartPane[] {auc, gauc, loss, logLoss}) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setMinWidth(0);
            chart.setPrefWidth(0);
        }
        charts.setPadding(new Insets(10));
        SplitPane split = new SplitPane(left, charts);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setTop(toolbar());
        setCenter(split);
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<RunSummary>) change -> model.select(
                        table.getSelectionModel().getSelectedItems().stream().map(s -> s.run().runId()).toList()));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                delete();
            }
        });
        model.curveVersion().addListener((observable, old, version) -> redraw());
        getStyleClass().add("page");
    }

    private org.dinexplorer.app.service.export.ChartData aucData() {
        return model.metricOverlay("AUC", "validation", EvaluationPoint::auc);
    }

    private org.dinexplorer.app.service.export.ChartData gaucData() {
        return model.metricOverlay("GAUC", "validation", EvaluationPoint::gauc);
    }

    private org.dinexplorer.app.service.export.ChartData logLossData() {
        return model.metricOverlay("logloss", "validation", EvaluationPoint::logLoss);
    }

    private void redraw() {
        auc.show(aucData());
        gauc.show(gaucData());
        loss.show(model.lossOverlay());
        logLoss.show(logLossData());
    }

    private ToolBar toolbar() {
        BooleanBinding none = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        BooleanBinding notOne = Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
        return new ToolBar(
                icon("Refresh", MaterialDesignR.REFRESH, "runs-refresh", "Read the runs again", model::refresh,
                        null),
                icon("Rename…", MaterialDesignP.PENCIL, "runs-rename", "Rename the selected run", this::rename,
                        notOne),
                icon("Notes…", MaterialDesignN.NOTE_EDIT_OUTLINE, "runs-notes", "Annotate the selected run",
                        this::annotate, notOne),
                button("Train again with changes", MaterialDesignR.REPLAY, "runs-retrain",
                        "Open the run's settings in the Train page; the new run becomes its child", () ->
                        selected().ifPresent(model::trainAgainWithChanges), notOne),
                button("Resume", MaterialDesignP.PLAY_CIRCLE_OUTLINE, "runs-resume",
                        "Continue a cancelled or interrupted run from its last checkpoint", () ->
                        selected().ifPresent(model::resume), notOne),
                button("Explore", MaterialDesignM.MAGNIFY_SCAN, "runs-explore",
                        "Open the run's model on the Explore page (attention heatmaps)", () ->
                        selected().ifPresent(model::explore), notOne),
                button("Export model…", MaterialDesignE.EXPORT, "runs-export-model",
                        "Save the run's model file (.zip), ONNX graph (.onnx) or weights (.safetensors)",
                        this::exportModel, notOne),
                button("Evaluate model file…", MaterialDesignC.CHECK_DECAGRAM_OUTLINE, "runs-evaluate",
                        "Evaluate a model file on the test split of this database", this::evaluateFile, null),
                icon("Copy folder path", MaterialDesignF.FOLDER_OUTLINE, "runs-folder",
                        "Copy the path of the run's folder (model, checkpoint, train.log)", this::copyFolder, notOne),
                icon("Delete…", MaterialDesignD.DELETE_OUTLINE, "runs-delete", "Delete the selected runs (Del)",
                        this::delete, none));
    }

    private Optional<RunSummary> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void rename() {
        selected().ifPresent(run -> {
            TextInputDialog dialog = new TextInputDialog(run.run().name());
            dialog.initOwner(getScene().getWindow());
            dialog.setHeaderText("Rename run " + run.run().runId());
            dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name ->
                    model.rename(run.run().runId(), name));
        });
    }

    private void annotate() {
        selected().ifPresent(run -> {
            TextInputDialog dialog = new TextInputDialog(run.run().notes());
            dialog.initOwner(getScene().getWindow());
            dialog.setHeaderText("Notes of run " + run.run().runId());
            dialog.showAndWait().ifPresent(notes -> model.annotate(run.run().runId(), notes));
        });
    }

    private void delete() {
        var runs = java.util.List.copyOf(table.getSelectionModel().getSelectedItems());
        if (runs.isEmpty()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + runs.size() + " run(s) with their "
                + "curves, checkpoints and model files? This cannot be undone.", ButtonType.YES, ButtonType.NO);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText("Delete runs");
        if (confirm.showAndWait().orElse(ButtonType.NO) == ButtonType.YES) {
            runs.forEach(run -> model.delete(run.run().runId()));
        }
    }

    private void exportModel() {
        selected().ifPresent(run -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("run-" + run.run().runId());
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("DIN Explorer model", "*.zip"),
                    new FileChooser.ExtensionFilter("ONNX inference graph", "*.onnx"),
                    new FileChooser.ExtensionFilter("safetensors weights", "*.safetensors"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                // a name the user typed with a known extension wins over the chosen filter; else the filter's
                String name = file.getName();
                boolean typed = chooser.getExtensionFilters().stream()
                        .anyMatch(f -> name.endsWith(f.getExtensions().get(0).substring(1)));
                FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
                String extension = filter == null ? ".zip" : filter.getExtensions().get(0).substring(1);
                model.exportModel(run.run().runId(), file.toPath().resolveSibling(typed ? name : name + extension));
            }
        });
    }

    private void evaluateFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DIN Explorer model", "*.zip"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.evaluateModelFile(file.toPath());
        }
    }

    private void copyFolder() {
        selected().map(model::folderOf).ifPresent(folder -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(folder.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id, String tooltip,
                                 Runnable action, BooleanBinding disabled) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    /** A button that shows only its icon; its name leads the tooltip. */
    private static Button icon(String text, org.kordamp.ikonli.Ikon icon, String id, String tooltip,
                               Runnable action, BooleanBinding disabled) {
        Button button = button(text, icon, id, text + ": " + tooltip, action, disabled);
        button.setText(null);
        button.setAccessibleText(text);
        return button;
    }

    /** The table (for tests). */
    RunsTable table() {
        return table;
    }
}
