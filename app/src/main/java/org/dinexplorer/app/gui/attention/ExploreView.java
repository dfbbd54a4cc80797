package org.dinexplorer.app.gui.attention;

import static org.dinexplorer.app.gui.common.TableHeaders.describe;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.dinexplorer.app.gui.common.EmptyState;
import org.dinexplorer.app.gui.common.ExportActions;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.explore.TestUser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The Explore page: model and user choice on top; the user's profile, impressions and editable history in a pane on
 * the left that can be hidden; across the rest of the width the heatmap of attention weights or influences
 * (right-click to export PNG, SVG or CSV), and below it the ranking with bids beside the selected ad's largest
 * weights or influences.
 */
public final class ExploreView extends BorderPane {

    /** Share of the width the user's pane starts with; the rest goes to the heatmap and the ranking. */
    private static final double USER_PANE_SHARE = 0.31;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ExploreViewModel model;
    private final HeatmapCanvas heatmap = new HeatmapCanvas();
    /** Field and value pairs that flow into as few lines as the pane's width allows. */
    private final FlowPane profile = new FlowPane();
    private final TableView<ExploreUser.Impression> impressions = new TableView<>();
    private final BooleanProperty userPane = new SimpleBooleanProperty(true);

    /**
     * @param model   the page's state
     * @param exports PNG/SVG/CSV export of the heatmap
     */
    public ExploreView(ExploreViewModel model, ExportActions exports) {
        this.model = model;
        heatmap.setId("explore-heatmap");
        exports.installHeatmap(heatmap, model::heatmap, "attention-heatmap");
        heatmap.setOnRowClicked(row -> model.table().selected().set(model.table().rows().get(row)));
        model.table().version().addListener((observable, old, version) -> redraw());
        model.table().selected().addListener((observable, old, row) -> redraw());
        model.user().addListener((observable, old, user) -> showUser(user));
        SplitPane main = new SplitPane(center(), new CandidatesPane(model));
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.6);
        VBox user = left();
        SplitPane split = new SplitPane(user, main);
        split.setDividerPositions(USER_PANE_SHARE);
        SplitPane.setResizableWithParent(user, false);
        userPane.addListener((observable, old, shown) -> {
            if (shown) {
                split.getItems().add(0, user);
                split.setDividerPositions(USER_PANE_SHARE);
            } else {
                split.getItems().remove(user);
            }
        });
        EmptyState empty = new EmptyState(MaterialDesignC.CHART_BOX_OUTLINE, "No model to explore yet",
                "Train a DIN model first; then pick a user here to see which past behaviours drove each "
                        + "predicted click.");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.models()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        setTop(toolbar());
        setCenter(new StackPane(split, empty));
        getStyleClass().add("page");
    }

    private VBox toolbar() {
        ComboBox<org.dinexplorer.app.service.runs.ModelChoice> models = new ComboBox<>(model.models());
        models.valueProperty().bindBidirectional(model.model());
        models.setId("explore-model");
        models.setPromptText("model");
        // a long run name must not squeeze the labels and buttons of the bar
        models.setMaxWidth(420);
        models.setTooltip(new Tooltip("Completed runs of the open database"));
        TextField search = new TextField();
        search.textProperty().bindBidirectional(model.search().query());
        search.setPromptText("user id");
        search.setPrefColumnCount(9);
        search.setId("explore-user");
        installSuggestions(search);
        search.setOnAction(event -> model.openQuery());
        Button open = new Button("Show", new FontIcon(MaterialDesignM.MAGNIFY));
        open.setId("explore-open");
        open.setOnAction(event -> model.openQuery());
        Button random = new Button("Random user with clicks", new FontIcon(MaterialDesignD.DICE_5_OUTLINE));
        random.setId("explore-random");
        random.setTooltip(new Tooltip("A user who clicked on the test day; the n-th press always gives the same user"));
        random.setOnAction(event -> model.randomUser());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busy());
        Label message = new Label();
        message.textProperty().bind(model.message());
        message.getStyleClass().add("field-error");
        message.setId("explore-message");
        ToggleButton pane = new ToggleButton("", new FontIcon(MaterialDesignD.DOCK_LEFT));
        pane.selectedProperty().bindBidirectional(userPane);
        pane.setId("explore-user-pane");
        pane.setTooltip(new Tooltip("Show or hide the user's profile, impressions and history"));
        HBox row = new HBox(8, pane, new Label("Model"), models, new Label("User"), search, open, random, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node node : row.getChildren()) {
            if (node != models && node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        VBox box = new VBox(4, row, message);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private void installSuggestions(TextField search) {
        ContextMenu suggestions = new ContextMenu();
        search.textProperty().addListener((observable, old, text) -> {
            if (!search.isFocused() || text.isBlank()) {
                suggestions.hide();
                return;
            }
            List<TestUser> found = model.search().suggestions(text);
            suggestions.getItems().setAll(found.stream().map(user -> {
                MenuItem item = new MenuItem(String.format(Locale.ROOT, "%d  (%d impressions, %d clicks)",
                        user.userId(), user.impressions(), user.clicks()));
                item.setOnAction(event -> model.openUser(user.userId()));
                return item;
            }).toList());
            if (found.isEmpty()) {
                suggestions.hide();
            } else if (!suggestions.isShowing()) {
                suggestions.show(search, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
    }

    private VBox left() {
        profile.setHgap(14);
        profile.setVgap(2);
        profile.setId("explore-profile");
        impressions.setId("explore-impressions");
        impressions.setPlaceholder(new Label("No user shown."));
        impressions.setPrefHeight(150);
        impressions.setMinHeight(110);
        impressions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        impressions.getColumns().setAll(List.of(
                describe(column("time", i -> TIME.format(Instant.ofEpochSecond(i.timeStamp()))),
                        "When the ad was shown (UTC)", "00-00 00:00"),
                describe(column("ad", i -> Integer.toString(i.adgroupId())), "Ad id", "0000000"),
                describe(column("cate", i -> Integer.toString(i.cate())), "Category id of the ad", "00000"),
                describe(column("price", i -> Float.isNaN(i.price()) ? "–"
                        : String.format(Locale.ROOT, "%.2f", i.price())), "Price of the ad", "000.00"),
                describe(column("clicked", i -> i.clicked() ? "✓" : ""), "Whether the user clicked it", "✓")));
        Label profileTitle = new Label("Profile");
        profileTitle.getStyleClass().add("section-title");
        Label impressionsTitle = new Label("Test-day impressions");
        impressionsTitle.getStyleClass().add("section-title");
        HistoryPane history = new HistoryPane(model.history());
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox box = new VBox(6, profileTitle, profile, impressionsTitle, impressions, history);
        box.setPadding(new Insets(4));
        return box;
    }

    private static TableColumn<ExploreUser.Impression, String> column(String name,
            java.util.function.Function<ExploreUser.Impression, String> text) {
        TableColumn<ExploreUser.Impression, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(
                cell.getValue())));
        return column;
    }

    private VBox center() {
        Label title = new Label("Candidate ads × past behaviours");
        title.getStyleClass().add("section-title");
        ToggleGroup measures = new ToggleGroup();
        HBox measureButtons = new HBox();
        for (HeatmapMeasure measure : HeatmapMeasure.values()) {
            ToggleButton button = new ToggleButton(measure.toString());
            button.setToggleGroup(measures);
            button.setUserData(measure);
            button.setId("explore-measure-" + measure.column());
            button.getStyleClass().add(measure.ordinal() == 0 ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
            measureButtons.getChildren().add(button);
        }
        measures.selectToggle(measures.getToggles().get(model.table().measure().get().ordinal()));
        measures.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                measures.selectToggle(old); // one of the two is always shown
            } else {
                model.table().measure().set((HeatmapMeasure) selected.getUserData());
            }
        });
        HBox header = new HBox(12, title, measureButtons);
        header.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Weight: the attention unit's raw output (signed, no softmax). Influence: predicted CTR "
                + "minus the CTR without that behaviour. Hover a cell for its values, click a row to select its ad, "
                + "right-click to export.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        Label timing = new Label();
        timing.textProperty().bind(model.timing());
        timing.getStyleClass().add("text-muted");
        timing.setId("explore-timing");
        ScrollPane scroll = new ScrollPane(heatmap);
        // the columns share the visible width; below their minimum the pane scrolls sideways
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(6, header, hint, scroll, timing);
        box.setPadding(new Insets(4));
        return box;
    }

    private void showUser(ExploreUser user) {
        profile.getChildren().clear();
        impressions.getItems().clear();
        if (user == null) {
            redraw();
            return;
        }
        for (ExploreUser.ProfileField field : user.profile()) {
            profile.getChildren().add(profileField(field.field(), field.value()));
        }
        profile.getChildren().add(profileField("context", TIME.format(Instant.ofEpochSecond(user.contextTime()))
                + " · " + user.contextPid()));
        impressions.getItems().setAll(user.impressions());
    }

    private static HBox profileField(String name, String value) {
        Label field = new Label(name);
        field.getStyleClass().add("text-muted");
        return new HBox(5, field, new Label(value));
    }

    private void redraw() {
        CandidateRow selected = model.table().selected().get();
        heatmap.show(model.heatmap(), selected == null ? -1 : model.table().rows().indexOf(selected));
    }

    /** The heatmap (for export and tests). */
    public HeatmapCanvas heatmap() {
        return heatmap;
    }
}
