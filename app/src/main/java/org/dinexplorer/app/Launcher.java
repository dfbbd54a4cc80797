package org.dinexplorer.app;

import java.nio.file.Path;
import java.util.Arrays;
import org.dinexplorer.app.cli.CliMain;
import org.jspecify.annotations.Nullable;

/**
 * The single entry point. With no arguments (or only {@code --data-dir}, {@code --smoke-test}) it opens the GUI; with
 * a subcommand or {@code --help}/{@code --version} it runs the headless CLI and never touches JavaFX.
 */
public final class Launcher {

    /** System property the logging configuration reads for the log folder. */
    static final String LOG_DIR_PROPERTY = "din.logDir";

    private Launcher() {
    }

    /** Starts the GUI or the CLI; see the class description. */
    public static void main(String[] args) {
        AppPaths paths = AppPaths.forThisMachine(dataDirOption(args));
        // must happen before the first logger is created: logback.xml reads it
        System.setProperty(LOG_DIR_PROPERTY, paths.logDirectory().toString());
        if (wantsGui(args)) {
            org.dinexplorer.app.gui.GuiMain.launch(paths, Arrays.asList(args).contains("--smoke-test"));
        } else {
            System.exit(CliMain.run(args));
        }
    }

    /** True when no argument names a subcommand or a CLI-only option. */
    static boolean wantsGui(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("--data-dir=") && !arg.equals("--smoke-test")) {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code --data-dir} if present anywhere in the arguments. */
    static @Nullable Path dataDirOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
