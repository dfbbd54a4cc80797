package org.dinexplorer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where DIN Explorer keeps its data (databases, runs, logs). Resolution order: an explicit {@code --data-dir}, the
 * {@value #ENV_VARIABLE} environment variable, then the platform convention ({@code $XDG_DATA_HOME/din-explorer} or
 * {@code ~/.local/share/din-explorer} on Linux, {@code ~/Library/Application Support/DIN Explorer} on macOS,
 * {@code %APPDATA%\DIN Explorer} on Windows).
 *
 * @param dataDirectory the resolved data directory (not necessarily existing yet)
 */
public record AppPaths(Path dataDirectory) {

    /** Environment variable that overrides the platform's data directory. */
    public static final String ENV_VARIABLE = "DIN_EXPLORER_DATA_DIR";

    /** Resolves the data directory from an explicit option, the environment and the OS convention. */
    public static AppPaths resolve(@Nullable Path explicit, Map<String, String> environment, String osName,
                                   Path userHome) {
        if (explicit != null) {
            return new AppPaths(explicit.toAbsolutePath());
        }
        String fromEnvironment = environment.get(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new AppPaths(Path.of(fromEnvironment).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new AppPaths(base.resolve("DIN Explorer"));
        }
        if (os.contains("mac")) {
            return new AppPaths(userHome.resolve("Library").resolve("Application Support").resolve("DIN Explorer"));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return new AppPaths(base.resolve("din-explorer"));
    }

    /** Resolves against this process's environment, OS and home directory. */
    public static AppPaths forThisMachine(@Nullable Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Folder of the log files. */
    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** Default database used when the user has not chosen one. */
    public Path defaultDatabase() {
        return dataDirectory.resolve("din-explorer.db");
    }

    /** Folder where demo data is generated. */
    public Path demoDirectory() {
        return dataDirectory.resolve("demo");
    }

    /** Folder that holds one sub-folder per training run. */
    public Path runsDirectory() {
        return dataDirectory.resolve("runs");
    }
}
