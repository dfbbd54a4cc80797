package org.dinexplorer.app.gui.runs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.dinexplorer.app.gui.common.TableHeaders;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.storage.runs.EvaluationPoint;

/** The table of runs with their best metrics: one row per run, several rows can be selected for the overlay. */
final class RunsTable extends TableView<RunSummary> {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    RunsTable(RunsViewModel model) {
        super(model.runs());
        setId("runs-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getColumns().setAll(List.of(
                column("#", s -> Long.toString(s.run().runId()), 45),
                // names and statuses are what a row is read by: they keep their width, the notes give way first
                TableHeaders.fit(column("Name", s -> s.run().name(), 170), "demo Embedding&MLP"),
                column("Model", s -> s.run().modelVariant(), 60),
                TableHeaders.fit(column("Status", s -> s.run().status().name().toLowerCase(Locale.ROOT), 90),
                        "interrupted"),
                column("Epochs", s -> Integer.toString(s.run().epochsCompleted()), 60),
                metric("Val AUC", RunSummary::validation, EvaluationPoint::auc),
                metric("Val GAUC", RunSummary::validation, EvaluationPoint::gauc),
                metric("Test AUC", RunSummary::test, EvaluationPoint::auc),
                metric("Test GAUC", RunSummary::test, EvaluationPoint::gauc),
                metric("Test GAUC clicks", RunSummary::test, EvaluationPoint::gaucClicks),
                metric("Test logloss", RunSummary::test, EvaluationPoint::logLoss),
                TableHeaders.fit(column("Created", s -> CREATED.format(s.run().createdAt()), 0), "0000-00-00 00:00"),
                column("Notes", s -> s.run().notes(), 200)));
        setPlaceholder(new Label("No runs yet: train a model on the Train page."));
        // every column keeps its whole header; the notes take what is left, and a narrow window scrolls sideways
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<RunSummary, String> column(String name, Function<RunSummary, String> value,
                                                          double width) {
        TableColumn<RunSummary, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return TableHeaders.fit(column, "");
    }

    private static TableColumn<RunSummary, String> metric(String name, Function<RunSummary, EvaluationPoint> point,
                                                          java.util.function.ToDoubleFunction<EvaluationPoint> value) {
        return TableHeaders.fit(column(name, s -> point.apply(s) == null ? "—"
                : String.format(Locale.ROOT, "%.4f", value.applyAsDouble(point.apply(s))), 0), "0.0000");
    }
}
