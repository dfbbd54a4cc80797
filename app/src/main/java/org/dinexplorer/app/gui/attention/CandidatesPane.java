package org.dinexplorer.app.gui.attention;

import static org.dinexplorer.app.gui.common.TableHeaders.describe;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The candidate ads as a ranking table with editable bids and the ad search, and beside it the selected ad's
 * behaviours with the largest weight or influence (by size; red bars raise, blue bars lower, as in the heatmap).
 */
final class CandidatesPane extends HBox {

    private static final double BAR_WIDTH = 70;

    private final TableView<CandidateRow> table = new TableView<>();
    private final VBox bars = new VBox(3);

    CandidatesPane(ExploreViewModel model) {
        CandidateTable candidates = model.table();
        table.setItems(candidates.rows());
        table.setId("explore-candidates");
        table.setEditable(true);
        table.setPlaceholder(new Label("Pick a user to see the ads they were shown."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                describe(text("rank", row -> row.rank().asString()), "Rank by eCPM (1 = the ad shown)", "00"),
                describe(text("ad", row -> constant(Integer.toString(row.ad().adgroupId()))), "Ad id",
                        "0000000"),
                describe(text("cate", row -> constant(Integer.toString(row.ad().cate()))), "Category id",
                        "00000"),
                describe(text("seen", row -> constant(row.ad().clicked() ? "clicked" : row.ad().shown() ? "shown"
                        : "added")), "Clicked or shown on the test day, or added here", "clicked"),
                describe(text("CTR", row -> row.ctr().asString(Locale.ROOT, "%.4f")), "Predicted click probability",
                        "0.0000"),
                describe(bidColumn(), "Bid per click (double-click to edit)", "000.00"),
                describe(text("eCPM", row -> row.ecpm().asString(Locale.ROOT, "%.2f")),
                        "Expected revenue per 1,000 impressions: CTR × bid × 1000", "00000.00")));
        followSelection(candidates);
        candidates.topBehaviors().addListener((javafx.collections.ListChangeListener<BehaviorBar>) change ->
                drawBars(candidates.topBehaviors()));
        VBox.setVgrow(table, Priority.ALWAYS);
        ChoiceBox<RowOrder> order = new ChoiceBox<>();
        order.getItems().setAll(RowOrder.values());
        order.valueProperty().bindBidirectional(candidates.order());
        order.setId("explore-order");
        Label title = new Label("Candidates and ranking");
        title.getStyleClass().add("section-title");
        Label orderLabel = new Label("Order by");
        orderLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(6, orderLabel, order, adSearch(model));
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox ranking = new VBox(6, title, tools, table);
        HBox.setHgrow(ranking, Priority.ALWAYS);
        Label barsTitle = new Label();
        barsTitle.textProperty().bind(candidates.measure().map(measure -> measure == HeatmapMeasure.WEIGHT
                ? "Largest weights for the selected ad" : "Largest influences on the selected ad"));
        barsTitle.getStyleClass().add("section-title");
        bars.setId("explore-top-behaviours");
        VBox top = new VBox(6, barsTitle, bars);
        top.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(ranking, top);
        setSpacing(10);
        setPadding(new Insets(4));
    }

    /** The view model owns the selection: a click selects, and the table follows after every reordering. */
    private void followSelection(CandidateTable candidates) {
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<CandidateRow> line = new javafx.scene.control.TableRow<>();
            line.setOnMouseClicked(event -> {
                if (!line.isEmpty()) {
                    candidates.selected().set(line.getItem());
                }
            });
            return line;
        });
        candidates.selected().addListener((observable, old, row) -> showSelection(candidates));
        candidates.version().addListener((observable, old, version) -> showSelection(candidates));
    }

    private static ObservableValue<String> constant(String value) {
        return new javafx.beans.property.ReadOnlyStringWrapper(value);
    }

    private static TableColumn<CandidateRow, String> text(String name,
                                                          Function<CandidateRow, ObservableValue<String>> value) {
        TableColumn<CandidateRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<CandidateRow, Number> bidColumn() {
        TableColumn<CandidateRow, Number> column = new TableColumn<>("bid ✎");
        column.setCellValueFactory(cell -> cell.getValue().bid());
        column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<Number>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.2f", value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                try {
                    return Double.parseDouble(text.strip());
                } catch (NumberFormatException e) {
                    return Double.NaN; // refused in the commit handler; the cell keeps the old bid
                }
            }
        }));
        column.setOnEditCommit(event -> {
            double bid = event.getNewValue().doubleValue();
            if (Double.isFinite(bid) && bid >= 0) {
                event.getRowValue().bid().set(bid);
            } else {
                event.getTableView().refresh();
            }
        });
        column.setEditable(true);
        column.setSortable(false);
        column.setId("explore-bid");
        return column;
    }

    private static HBox adSearch(ExploreViewModel model) {
        TextField ad = new TextField();
        ad.setPromptText("ad id");
        ad.setPrefColumnCount(6);
        ad.setId("explore-add-ad");
        Button addAd = new Button("", new FontIcon(MaterialDesignP.PLUS));
        addAd.setTooltip(new Tooltip("Add this training ad as a candidate"));
        addAd.setId("explore-add-ad-button");
        addAd.setOnAction(event -> model.addAd(ad.getText()));
        ad.setOnAction(event -> model.addAd(ad.getText()));
        TextField cate = new TextField();
        cate.setPromptText("category");
        cate.setPrefColumnCount(6);
        Button addCate = new Button("", new FontIcon(MaterialDesignP.PLUS_BOX_MULTIPLE_OUTLINE));
        addCate.setTooltip(new Tooltip("Add the five most shown training ads of this category"));
        addCate.setOnAction(event -> model.addCategory(cate.getText()));
        cate.setOnAction(event -> model.addCategory(cate.getText()));
        HBox box = new HBox(6, ad, addAd, cate, addCate);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showSelection(CandidateTable candidates) {
        CandidateRow row = candidates.selected().get();
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().select(row);
        }
    }

    private void drawBars(List<BehaviorBar> top) {
        double max = top.stream().mapToDouble(bar -> Math.abs(bar.value())).max().orElse(1);
        bars.getChildren().clear();
        for (BehaviorBar bar : top) {
            Region fill = new Region();
            fill.getStyleClass().addAll("attention-bar", bar.value() < 0 ? "negative" : "positive");
            double width = max > 0 ? BAR_WIDTH * Math.abs(bar.value()) / max : 0;
            fill.setMinWidth(width);
            fill.setPrefWidth(width);
            fill.setMaxWidth(width);
            fill.setMinHeight(12);
            Region track = new Region();
            track.setMinWidth(BAR_WIDTH - width);
            Label label = new Label(bar.label());
            label.setPrefWidth(175);
            label.setMinWidth(140);
            label.setTooltip(new Tooltip(bar.label()));
            Label value = new Label(String.format(Locale.ROOT, "%+.4g", bar.value()));
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(6, label, new HBox(fill, track), value);
            line.setAlignment(Pos.CENTER_LEFT);
            bars.getChildren().add(line);
        }
    }

    /** The ranking table (for tests). */
    TableView<CandidateRow> table() {
        return table;
    }
}
