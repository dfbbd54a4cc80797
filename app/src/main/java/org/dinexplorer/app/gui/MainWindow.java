package org.dinexplorer.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.gui.about.AboutDialog;
import org.dinexplorer.app.gui.about.AboutViewModel;
import org.dinexplorer.app.gui.common.ErrorDialogs;
import org.dinexplorer.app.gui.common.ExportActions;
import org.dinexplorer.app.gui.data.DataViewModel;
import org.dinexplorer.app.jobs.FxJobRunner;
import org.dinexplorer.app.prefs.AppPreferences;
import org.dinexplorer.app.prefs.WindowBounds;
import org.dinexplorer.app.service.DatabaseService;
import org.dinexplorer.app.service.SystemInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the main window on a stage and wires it: theme, remembered bounds, menus, the uncaught-exception dialog and
 * the confirmation when closing during a job. Must be created on the FX thread.
 */
public final class MainWindow implements MainActions {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final Stage stage;
    private final AppPreferences preferences;
    private final FxJobRunner jobs = new FxJobRunner();
    private final MainViewModel model;
    private final AboutViewModel about = new AboutViewModel();
    private final ErrorDialogs errors;
    private final javafx.beans.property.ReadOnlyIntegerWrapper errorsShown =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final PageFactory pages;
    private final MainView view;

    /** Builds the window on {@code stage} for the data directory {@code paths}, with the standard demo dataset. */
    public MainWindow(Stage stage, AppPaths paths, AppPreferences preferences) {
        this(stage, paths, preferences, DataViewModel.DEMO_PRESET);
    }

    /**
     * Builds the window on {@code stage}.
     *
     * @param demoPreset the generator preset "Load demo dataset" uses (tiny for smoke tests and UI tests)
     */
    public MainWindow(Stage stage, AppPaths paths, AppPreferences preferences, String demoPreset) {
        this.stage = stage;
        this.preferences = preferences;
        this.errors = new ErrorDialogs(stage);
        java.util.function.Consumer<Throwable> showError = this::showError;
        this.model = new MainViewModel(paths, preferences, jobs, new DatabaseService(), showError);
        ExportActions exports = new ExportActions(stage, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "din-explorer-export");
            thread.setDaemon(true);
            return thread;
        }), model::notify, showError);
        this.pages = new PageFactory(model, jobs, showError, about.backendLine(), exports, demoPreset);
        this.view = new MainView(model, jobs, pages, this);
        Scene scene = new Scene(view, 1180, 760);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(
                "/org/dinexplorer/resources/css/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitle());
        stage.getIcons().add(new Image(Objects.requireNonNull(MainWindow.class.getResourceAsStream(
                "/org/dinexplorer/resources/icons/din-explorer-64.png"))));
        applyTheme(model.darkTheme().get());
        model.darkTheme().addListener((observable, old, dark) -> applyTheme(dark));
        restoreBounds();
        stage.setOnCloseRequest(event -> {
            if (!confirmClose()) {
                event.consume();
            }
        });
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> showError(error));
    }

    /** Shows the window, opens the last database and starts probing the numeric backend. */
    public void show() {
        stage.show();
        model.openInitialDatabase();
        about.load(new SystemInfoService(model.paths())::collect, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "din-explorer-backend-probe");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** The window's view (for tests). */
    public MainView view() {
        return view;
    }

    /** The window's state (for tests). */
    public MainViewModel model() {
        return model;
    }

    private void showError(Throwable error) {
        errors.show(error);
        if (!(error instanceof java.util.concurrent.CancellationException)) {
            errorsShown.set(errorsShown.get() + 1);
        }
    }

    /** How many error dialogs have been shown (cancellations are not errors). */
    javafx.beans.property.ReadOnlyIntegerProperty errorsShown() {
        return errorsShown.getReadOnlyProperty();
    }

    /** True while a background job runs. */
    boolean jobsRunning() {
        return jobs.running().get();
    }

    /** The pages and their view models (for tests). */
    PageFactory pages() {
        return pages;
    }

    /** The About box's state (for tests). */
    public AboutViewModel aboutModel() {
        return about;
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void restoreBounds() {
        preferences.findWindowBounds().filter(MainWindow::visibleOnSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
    }

    private static boolean visibleOnSomeScreen(WindowBounds bounds) {
        return !Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(), bounds.width(),
                bounds.height())).isEmpty();
    }

    private boolean confirmClose() {
        if (jobs.running().get()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "'" + jobs.title().get() + "' is still running. "
                    + "Stop it and quit? Finished work is kept.", ButtonType.YES, ButtonType.NO);
            alert.initOwner(stage);
            alert.setHeaderText("Quit while a job is running?");
            if (alert.showAndWait().orElse(ButtonType.NO) != ButtonType.YES) {
                return false;
            }
            try {
                if (!jobs.cancelAndWait(CLOSE_WAIT_MILLIS)) {
                    LOG.warn("The running job did not stop within {} ms", CLOSE_WAIT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        preferences.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        jobs.close();
        return true;
    }

    @Override
    public void newDatabase() {
        FileChooser chooser = databaseChooser("New database");
        chooser.setInitialFileName("din-explorer.db");
        Path file = toPath(chooser.showSaveDialog(stage));
        if (file != null) {
            model.openDatabase(file);
        }
    }

    @Override
    public void openDatabase() {
        Path file = toPath(databaseChooser("Open database").showOpenDialog(stage));
        if (file != null) {
            model.openDatabase(file);
        }
    }

    @Override
    public void export() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Nothing to export on this page yet. Charts, heatmaps "
                + "and models are exported from the Train, Runs and Explore pages once they have content.");
        alert.initOwner(stage);
        alert.setHeaderText("Export");
        alert.show();
    }

    @Override
    public void quit() {
        if (confirmClose()) {
            stage.close();
            Platform.exit();
        }
    }

    @Override
    public void about() {
        new AboutDialog(stage, about).show();
    }

    private FileChooser databaseChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DIN Explorer database", "*.db"));
        model.findDatabase().map(Path::getParent).map(Path::toFile).filter(java.io.File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private static Path toPath(java.io.File file) {
        return file == null ? null : file.toPath();
    }
}
