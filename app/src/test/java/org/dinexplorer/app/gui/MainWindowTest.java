package org.dinexplorer.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.prefs.AppPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dataDir;

    private Preferences node;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = Preferences.userRoot().node("org/dinexplorer-test/" + System.nanoTime());
        window = new MainWindow(stage, new AppPaths(dataDir), new AppPreferences(node));
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void windowOpensOnTheDataPageWithTheDefaultDatabase() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().findDatabase().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("DIN Explorer — din-explorer.db");
        assertThat(dataDir.resolve("din-explorer.db")).isRegularFile();
        FxRobot robot = new FxRobot();
        assertThat(robot.lookup("#page-data").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).endsWith("din-explorer.db");
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void eachNavigationTargetShowsItsPage(Page page) {
        FxRobot robot = new FxRobot();
        robot.clickOn("#nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
        WaitForAsyncUtils.waitForFxEvents();
        Node shown = robot.lookup("#page-" + page.name().toLowerCase(java.util.Locale.ROOT)).query();
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getScene()).isSameAs(stage.getScene());
        assertThat(window.model().page().get()).isEqualTo(page);
    }

    @Test
    void keyboardShortcutsSwitchPages() {
        FxRobot robot = new FxRobot();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().page().get()).isEqualTo(Page.RUNS);
        assertThat(window.view().navigationButton(Page.RUNS).isSelected()).isTrue();
    }

    @Test
    void aboutShowsTheNumericBackend() throws Exception {
        FxRobot robot = new FxRobot();
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#about-backend").tryQuery()
                .map(label -> ((Label) label).getText().startsWith("CPU")).orElse(false));
        assertThat(robot.lookup("#about-blas").queryAs(Label.class).getText()).isEqualTo("OPENBLAS");
        assertThat(robot.lookup("#about-cuda").queryAs(Label.class).getText()).startsWith(
                Boolean.getBoolean("din.test.cudaInBuild") ? "in this build, not usable here: "
                        : "not in this build (CPU only)");
        assertThat(robot.lookup("#about-matrix-products").queryAs(Label.class).getText())
                .isEqualTo("OpenBLAS (direct)");
        assertThat(robot.lookup("#about-status").queryAs(Label.class).getText()).isEqualTo("Backend check passed");
        assertThat(robot.lookup("#about-data-directory").queryAs(Label.class).getText())
                .isEqualTo(dataDir.toString());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.TextArea) about.getExpandableContent()).getText())
                .contains("OpenBLAS").contains("JavaFX");
    }

    @Test
    void anUncaughtExceptionShowsADialogAndTheAppKeepsRunning() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("simulated defect");
        });
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("simulated defect");
        assertThat(dialog.getExpandableContent()).isNotNull();
        assertThat(stage.isShowing()).isTrue();
    }
}
