package org.dinexplorer.app.prefs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Remembers UI state between sessions through {@link Preferences}: the last database, the window's bounds and the
 * theme. Never holds training settings: those belong to the run.
 */
public final class AppPreferences {

    private static final String LAST_DATABASE = "lastDatabase";
    private static final String DARK_THEME = "darkTheme";

    private final Preferences node;

    /** Preferences stored under {@code node}; tests pass a throw-away node. */
    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /**
     * The user's preferences for DIN Explorer with data directory {@code dataDirectory}: each data directory
     * remembers its own last database, so {@code --data-dir} never reopens a database of another one.
     */
    public static AppPreferences forUser(Path dataDirectory) {
        String key = Integer.toHexString(dataDirectory.toAbsolutePath().normalize().toString().hashCode());
        return new AppPreferences(Preferences.userRoot().node("org/dinexplorer/data-" + key));
    }

    /** The database opened last, if any. */
    public Optional<Path> findLastDatabase() {
        String value = node.get(LAST_DATABASE, "");
        return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Remembers the database opened last. */
    public void setLastDatabase(Path database) {
        node.put(LAST_DATABASE, database.toAbsolutePath().toString());
    }

    /** Whether the dark theme is chosen. */
    public boolean darkTheme() {
        return node.getBoolean(DARK_THEME, false);
    }

    /** Chooses the dark or the light theme. */
    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK_THEME, dark);
    }

    /** The main window's bounds from last time, if they were saved. */
    public Optional<WindowBounds> findWindowBounds() {
        double width = node.getDouble("window.width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width,
                node.getDouble("window.height", 700), node.getBoolean("window.maximized", false)));
    }

    /** Saves the main window's bounds. */
    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }
}
