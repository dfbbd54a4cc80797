package org.dinexplorer.app.gui.attention;

import static org.dinexplorer.app.gui.common.TableHeaders.describe;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The behaviour timeline with the what-if actions: remove, move up/down, add a behaviour, reset. */
final class HistoryPane extends VBox {

    /** Behaviour types in code order (1 pv … 4 buy). */
    private static final List<String> BTAGS = List.of("pv", "cart", "fav", "buy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final TableView<HistoryItem> table = new TableView<>();

    HistoryPane(HistoryEditor editor) {
        table.setItems(editor.items());
        table.setId("explore-history");
        table.setPlaceholder(new Label("No behaviours before the context impression."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                describe(positionColumn(), "Position in the history, oldest first (the heatmap's column)", "00"),
                describe(column("time", item -> TIME.format(Instant.ofEpochSecond(item.timeStamp()))),
                        "When the behaviour happened (UTC)", "00-00 00:00"),
                describe(column("type", HistoryItem::btagName), "Behaviour type: pv, cart, fav or buy", "cart"),
                describe(column("cate", item -> Integer.toString(item.cate())), "Category id", "00000"),
                describe(column("brand", item -> item.brand() == Vocabulary.MISSING ? "–"
                        : Integer.toString(item.brand())), "Brand id (– when the log has none)", "000000"),
                describe(column("age", item -> ExploreHeatmap.age(item.ageHours())),
                        "Time before the context impression", "00.0d")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label title = new Label("Behaviour history (oldest first)");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, table, editButtons(editor), addForm(editor));
        setSpacing(6);
        setPadding(new Insets(4));
    }

    private static TableColumn<HistoryItem, String> column(String name,
                                                           java.util.function.Function<HistoryItem, String> text) {
        TableColumn<HistoryItem, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(
                cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** 1-based position, from the row index (two identical behaviours are still two positions). */
    private static TableColumn<HistoryItem, String> positionColumn() {
        TableColumn<HistoryItem, String> column = new TableColumn<>("#");
        column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Integer.toString(getIndex() + 1));
            }
        });
        column.setSortable(false);
        return column;
    }

    private HBox editButtons(HistoryEditor editor) {
        Button remove = new Button("", new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("explore-history-remove");
        remove.setTooltip(new Tooltip("Remove the selected behaviour and rescore"));
        Button up = new Button("", new FontIcon(MaterialDesignA.ARROW_UP));
        up.setTooltip(new Tooltip("Move the selected behaviour one step older"));
        Button down = new Button("", new FontIcon(MaterialDesignA.ARROW_DOWN));
        down.setTooltip(new Tooltip("Move the selected behaviour one step newer"));
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        remove.disableProperty().bind(noSelection);
        up.disableProperty().bind(noSelection);
        down.disableProperty().bind(noSelection);
        remove.setOnAction(event -> editor.remove(table.getSelectionModel().getSelectedIndex()));
        up.setOnAction(event -> move(editor, -1));
        down.setOnAction(event -> move(editor, 1));
        Button reset = new Button("Reset", new FontIcon(MaterialDesignR.RESTORE));
        reset.setId("explore-history-reset");
        reset.setTooltip(new Tooltip("Undo every edit"));
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.edited(), editor.items()));
        reset.setOnAction(event -> editor.reset());
        return new HBox(6, remove, up, down, reset);
    }

    private void move(HistoryEditor editor, int step) {
        int from = table.getSelectionModel().getSelectedIndex();
        editor.move(from, from + step);
        table.getSelectionModel().select(Math.max(0, Math.min(table.getItems().size() - 1, from + step)));
    }

    private static VBox addForm(HistoryEditor editor) {
        TextField cate = new TextField();
        cate.setPromptText("category");
        cate.setPrefColumnCount(5);
        cate.setId("explore-add-cate");
        TextField brand = new TextField();
        brand.setPromptText("brand");
        brand.setPrefColumnCount(5);
        ChoiceBox<String> btag = new ChoiceBox<>();
        btag.getItems().setAll(BTAGS);
        btag.setValue("pv");
        ChoiceBox<BehaviorAge> age = new ChoiceBox<>();
        age.getItems().setAll(BehaviorAge.values());
        age.setValue(BehaviorAge.MINUTE);
        age.setId("explore-add-age");
        age.setTooltip(new Tooltip("When the behaviour happened, before the impression; models trained with the "
                + "history context weigh recent behaviours differently from old ones"));
        Button add = new Button("", new FontIcon(MaterialDesignP.PLUS));
        add.setId("explore-add-behaviour");
        add.setTooltip(new Tooltip("Add this behaviour at that time and rescore"));
        add.disableProperty().bind(cate.textProperty().isEmpty());
        add.setOnAction(event -> editor.add(cate.getText(), brand.getText(), BTAGS.indexOf(btag.getValue()) + 1,
                age.getValue()));
        HBox what = new HBox(6, new Label("Add:"), cate, brand);
        what.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox how = new HBox(6, btag, age, add);
        how.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, what, how);
    }

    /** The timeline table (for tests). */
    TableView<HistoryItem> table() {
        return table;
    }
}
