package org.dinexplorer.app.gui.data;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.dinexplorer.storage.overview.RejectedRow;

/**
 * The rejects browser: filter by reason, see file, line, reason, detail and raw text page by page; export as CSV.
 */
final class RejectsPane extends VBox {

    private static final String ALL = "All reasons";

    RejectsPane(DataViewModel model) {
        Label title = new Label("Rejected rows");
        title.getStyleClass().add("section-title");
        ComboBox<String> filter = new ComboBox<>();
        filter.setId("rejects-filter");
        filter.setTooltip(new Tooltip("Show only rows rejected for one reason"));
        model.rejectReasons().addListener((ListChangeListener<String>) change -> {
            var items = FXCollections.<String>observableArrayList(ALL);
            items.addAll(model.rejectReasons());
            filter.setItems(items);
            filter.getSelectionModel().selectFirst();
        });
        filter.valueProperty().addListener((observable, old, value) ->
                model.rejectFilter().set(value == null || ALL.equals(value) ? null : value));
        Button export = new Button("Export CSV…");
        export.setId("rejects-export");
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("rejected-rows.csv");
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportRejects(Path.of(file.toURI()));
            }
        });
        Button more = new Button("Show more");
        more.setId("rejects-more");
        more.setTooltip(new Tooltip("Add the next rejected rows to the table"));
        more.setOnAction(event -> model.showMoreRejects());
        TableView<RejectedRow> table = new TableView<>(model.rejects());
        table.setId("rejects-table");
        table.getColumns().setAll(java.util.List.of(column("File", RejectedRow::fileName),
                column("Line", r -> Long.toString(r.lineNumber())), column("Reason", RejectedRow::reason),
                column("Detail", RejectedRow::detail), column("Raw text", RejectedRow::rawText)));
        table.setPlaceholder(new Label("No rejected rows."));
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getChildren().addAll(title, new HBox(8, filter, more, export), table);
        setSpacing(6);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rejectReasons()));
        managedProperty().bind(visibleProperty());
    }

    private static TableColumn<RejectedRow, String> column(String name,
            java.util.function.Function<RejectedRow, String> value) {
        TableColumn<RejectedRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
