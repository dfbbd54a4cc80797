package org.dinexplorer.app.gui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.prefs.AppPreferences;

/** Starts the JavaFX toolkit and opens the main window; the GUI half of {@code Launcher}. */
public final class GuiMain {

    private GuiMain() {
    }

    /**
     * Starts the GUI; returns at once while the FX thread keeps the JVM alive until the window closes.
     *
     * @param paths     data directory
     * @param smokeTest open the window, wait until it is shown and the backend has loaded, then exit with 0
     */
    public static void launch(AppPaths paths, boolean smokeTest) {
        Platform.startup(() -> {
            MainWindow window = new MainWindow(new Stage(), paths, AppPreferences.forUser());
            window.show();
            if (smokeTest) {
                new SmokeTest(window).start();
            }
        });
    }
}
