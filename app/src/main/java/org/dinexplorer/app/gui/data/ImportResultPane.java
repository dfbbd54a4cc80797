package org.dinexplorer.app.gui.data;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.dinexplorer.app.service.imports.ImportSummary;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.RowProblem;

/** The last import: one row per file with its counts (read = stored + rejected + duplicates), and its first problems. */
final class ImportResultPane extends VBox {

    private final TableView<ImportReport> files = new TableView<>();
    private final TableView<RowProblem> problems = new TableView<>();
    private final Label gaps = new Label();

    ImportResultPane(DataViewModel model) {
        Label title = new Label("Last import");
        title.getStyleClass().add("section-title");
        files.setId("import-files");
        files.getColumns().setAll(java.util.List.of(
                text("File", ImportReport::fileName, 160),
                text("Status", r -> r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), 120),
                number("Read", ImportReport::rowsRead), number("Stored", ImportReport::rowsStored),
                number("Duplicates", ImportReport::rowsDuplicate), number("Rejected", ImportReport::rowsRejected),
                text("Rejected by reason", r -> r.rejectedByReason().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), 260)));
        files.setPrefHeight(150);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setId("import-problems");
        TableColumn<RowProblem, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
        problems.getColumns().setAll(java.util.List.of(line, problemText("Reason", p -> p.reason().name()),
                problemText("Detail", RowProblem::detail), problemText("Raw text", RowProblem::rawText)));
        problems.setPrefHeight(160);
        problems.setPlaceholder(new Label("No problems: every row was accepted."));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.getSelectionModel().selectedItemProperty().addListener((observable, old, report) ->
                problems.getItems().setAll(report == null ? java.util.List.of() : report.firstProblems()));
        getChildren().addAll(title, files, new Label("First problems of the selected file (all of them are in the "
                + "rejected rows below)"), problems, gaps);
        setSpacing(6);
        visibleProperty().bind(model.lastImport().isNotNull());
        managedProperty().bind(visibleProperty());
        model.lastImport().addListener((observable, old, summary) -> show(summary));
    }

    private void show(ImportSummary summary) {
        if (summary == null) {
            return;
        }
        files.getItems().setAll(summary.reports());
        files.getSelectionModel().selectFirst();
        var g = summary.gaps();
        gaps.setText(g == null ? "" : String.format(Locale.ROOT, "Referential gaps (reported, not fatal): %,d "
                + "impressions whose ad has no ad_feature row (%,d ads), %,d users without a profile, %,d behaviours "
                + "of %,d users with no impression.", g.impressionsWithoutAd(), g.adsMissing(),
                g.usersWithoutProfile(), g.behaviorsWithoutImpressionUser(), g.behaviorUsersWithoutImpression()));
    }

    private static TableColumn<ImportReport, String> text(String name,
            java.util.function.Function<ImportReport, String> value, double width) {
        TableColumn<ImportReport, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ImportReport, String> number(String name,
            java.util.function.ToLongFunction<ImportReport> value) {
        return text(name, r -> String.format(Locale.ROOT, "%,d", value.applyAsLong(r)), 90);
    }

    private static TableColumn<RowProblem, String> problemText(String name,
            java.util.function.Function<RowProblem, String> value) {
        TableColumn<RowProblem, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
