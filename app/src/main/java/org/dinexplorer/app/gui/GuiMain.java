package org.dinexplorer.app.gui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.gui.data.DataViewModel;
import org.dinexplorer.app.prefs.AppPreferences;

/** Starts the JavaFX toolkit and opens the main window; the GUI half of {@code Launcher}. */
public final class GuiMain {

    /** Demo preset of the smoke test: small enough to load and train in seconds. */
    private static final String SMOKE_TEST_PRESET = "tiny";

    private GuiMain() {
    }

    /**
     * Starts the GUI; returns at once while the FX thread keeps the JVM alive until the window closes.
     *
     * @param paths     data directory
     * @param smokeTest open the window, load the tiny demo data, train a few batches, then exit (0 when all worked)
     */
    public static void launch(AppPaths paths, boolean smokeTest) {
        Platform.startup(() -> {
            MainWindow window = new MainWindow(new Stage(), paths, AppPreferences.forUser(paths.dataDirectory()),
                    smokeTest ? SMOKE_TEST_PRESET : DataViewModel.DEMO_PRESET);
            window.show();
            if (smokeTest) {
                new SmokeTest(window).start();
            }
        });
    }
}
