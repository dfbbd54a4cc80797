package org.dinexplorer.app.gui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.jobs.JobRunner;
import org.dinexplorer.app.prefs.AppPreferences;
import org.dinexplorer.app.service.DatabaseService;
import org.jspecify.annotations.Nullable;

/**
 * State of the main window: the selected page, the open database and the theme. Opening a database (which may
 * migrate its schema) runs as a background job.
 */
public final class MainViewModel {

    private final AppPaths paths;
    private final AppPreferences preferences;
    private final JobRunner jobs;
    private final DatabaseService databases;
    private final Consumer<Throwable> errors;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.DATA);
    private final ReadOnlyObjectWrapper<@Nullable Path> database = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyStringWrapper notice =
            new javafx.beans.property.ReadOnlyStringWrapper("Ready");

    /**
     * @param paths       the data directory
     * @param preferences UI preferences
     * @param jobs        runner for background work
     * @param databases   opens database files
     * @param errors      where failures are shown
     */
    public MainViewModel(AppPaths paths, AppPreferences preferences, JobRunner jobs, DatabaseService databases,
                         Consumer<Throwable> errors) {
        this.paths = paths;
        this.databases = databases;
        this.preferences = preferences;
        this.jobs = jobs;
        this.errors = errors;
        darkTheme.set(preferences.darkTheme());
        darkTheme.addListener((observable, old, dark) -> preferences.setDarkTheme(dark));
    }

    /** Opens the last database, or the default one in the data directory on first start. */
    public void openInitialDatabase() {
        Path last = preferences.findLastDatabase().filter(java.nio.file.Files::isRegularFile)
                .orElse(paths.defaultDatabase());
        openDatabase(last);
    }

    /** Opens (creating if needed) {@code file} in the background and makes it the current database. */
    public void openDatabase(Path file) {
        jobs.submit("Opening " + file.getFileName(), context -> databases.open(file), opened -> {
            database.set(opened);
            preferences.setLastDatabase(opened);
        }, errors);
    }

    /** The page shown in the content area. */
    public ObjectProperty<Page> page() {
        return page;
    }

    /** The open database, or null while none is open. */
    public ReadOnlyObjectProperty<@Nullable Path> database() {
        return database.getReadOnlyProperty();
    }

    /** The open database if any. */
    public Optional<Path> findDatabase() {
        return Optional.ofNullable(database.get());
    }

    /** Whether the dark theme is on. */
    public BooleanProperty darkTheme() {
        return darkTheme;
    }

    /** Title of the main window: the product name and the open database. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> database.get() == null ? "DIN Explorer"
                : "DIN Explorer — " + database.get().getFileName(), database);
    }

    /** Shows a one-line message in the status bar while no job runs (e.g. "Exported …"). */
    public void notify(String message) {
        notice.set(message);
    }

    /** The status bar's idle message. */
    public javafx.beans.property.ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** The data directory. */
    public AppPaths paths() {
        return paths;
    }
}
