package org.dinexplorer.app.gui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.dinexplorer.app.gui.common.StatusBar;
import org.dinexplorer.app.jobs.FxJobRunner;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's layout: menus, navigation on the left, the selected page, and the status bar. */
public final class MainView extends BorderPane {

    private final Map<Page, ToggleButton> navigation = new EnumMap<>(Page.class);

    /**
     * @param model   the window's state
     * @param jobs    the job runner the status bar shows
     * @param pages   builds the content node of each page (called once per page)
     * @param actions what the menu items do
     */
    public MainView(MainViewModel model, FxJobRunner jobs, Function<Page, Node> pages, MainActions actions) {
        setTop(menuBar(model, actions));
        setLeft(navigation(model));
        StackPane content = new StackPane();
        content.setId("page-content");
        Map<Page, Node> built = new EnumMap<>(Page.class);
        model.page().addListener((observable, old, page) -> content.getChildren()
                .setAll(built.computeIfAbsent(page, pages)));
        content.getChildren().setAll(built.computeIfAbsent(model.page().get(), pages));
        setCenter(content);
        setBottom(new StatusBar(jobs, model.notice(), Bindings.createStringBinding(() -> model.database().get() == null
                ? "No database open" : model.database().get().toString(), model.database())));
        getStyleClass().add("main-view");
    }

    /** The navigation button of {@code page} (for keyboard focus and tests). */
    public ToggleButton navigationButton(Page page) {
        return navigation.get(page);
    }

    private VBox navigation(MainViewModel model) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.setPadding(new Insets(10, 6, 10, 6));
        box.getStyleClass().add("navigation");
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setContentDisplay(ContentDisplay.TOP);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(page.tooltip() + " (Ctrl+" + (page.ordinal() + 1) + ")"));
            button.setOnAction(event -> model.page().set(page));
            navigation.put(page, button);
            box.getChildren().add(button);
        }
        model.page().addListener((observable, old, page) -> navigation.get(page).setSelected(true));
        navigation.get(model.page().get()).setSelected(true);
        // a toggle group lets the user deselect the current button; keep one selected
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null && old != null) {
                old.setSelected(true);
            }
        });
        return box;
    }

    private MenuBar menuBar(MainViewModel model, MainActions actions) {
        MenuItem newDatabase = item("New database…", "Ctrl+N", actions::newDatabase);
        MenuItem openDatabase = item("Open database…", "Ctrl+O", actions::openDatabase);
        MenuItem export = item("Export…", "Ctrl+E", actions::export);
        export.setId("menu-export");
        MenuItem quit = item("Quit", "Ctrl+Q", actions::quit);
        Menu file = new Menu("_File", null, newDatabase, openDatabase, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        Menu view = new Menu("_View");
        for (Page page : Page.values()) {
            MenuItem goTo = new MenuItem(page.title(), new FontIcon(page.icon()));
            goTo.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (page.ordinal() + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            goTo.setOnAction(event -> model.page().set(page));
            view.getItems().add(goTo);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(model.darkTheme());
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        MenuItem about = item("About DIN Explorer", "F1", actions::about);
        about.setId("menu-about");
        Menu help = new Menu("_Help", null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator.replace("Ctrl", "Shortcut")));
        item.setOnAction(event -> action.run());
        return item;
    }
}
