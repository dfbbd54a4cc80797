package org.dinexplorer.app.gui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke-test}: once the main window is up, a database is open and the numeric backend has passed its check,
 * exit with 0; exit with 1 if that has not happened within {@value #TIMEOUT_SECONDS} seconds or the check failed.
 */
final class SmokeTest {

    private static final Logger LOG = LoggerFactory.getLogger(SmokeTest.class);
    private static final int TIMEOUT_SECONDS = 180;

    private final MainWindow window;
    private final long deadlineNanos = System.nanoTime() + TIMEOUT_SECONDS * 1_000_000_000L;

    SmokeTest(MainWindow window) {
        this.window = window;
    }

    void start() {
        PauseTransition poll = new PauseTransition(Duration.millis(250));
        poll.setOnFinished(event -> {
            var info = window.aboutModel().info().get();
            boolean ready = info != null && window.model().findDatabase().isPresent();
            if (ready || System.nanoTime() > deadlineNanos) {
                boolean passed = ready && info.productCorrect();
                LOG.info("Smoke test {}: backend {}, database {}", passed ? "passed" : "failed",
                        info == null ? "not loaded" : info.backend(), window.model().findDatabase().orElse(null));
                System.out.println("smoke test " + (passed ? "passed" : "FAILED") + ": "
                        + window.aboutModel().status().get());
                Platform.exit();
                System.exit(passed ? 0 : 1);
            } else {
                poll.playFromStart();
            }
        });
        poll.play();
    }
}
