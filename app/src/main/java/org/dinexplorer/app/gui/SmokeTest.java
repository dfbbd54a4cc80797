package org.dinexplorer.app.gui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.dinexplorer.app.gui.training.TrainField;
import org.dinexplorer.app.gui.training.TrainPreset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke-test}: once the main window is up and the numeric backend has passed its check, load the tiny demo
 * dataset, train DIN for a few batches, and exit with 0; exit with 1 on any failure or after
 * {@value #TIMEOUT_SECONDS} seconds. Used by CI on the built app image and on the installed package.
 */
final class SmokeTest {

    private static final Logger LOG = LoggerFactory.getLogger(SmokeTest.class);
    private static final int TIMEOUT_SECONDS = 300;

    private final MainWindow window;
    private final FrameGaps frameGaps = new FrameGaps();
    private final long startNanos = System.nanoTime();
    private Stage stage = Stage.WAIT_FOR_WINDOW;

    private enum Stage { WAIT_FOR_WINDOW, LOADING_DEMO, TRAINING }

    SmokeTest(MainWindow window) {
        this.window = window;
    }

    void start() {
        window.errorsShown().addListener((observable, old, count) -> finish(false, "an error was shown"));
        poll();
    }

    private void poll() {
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(event -> {
            step();
            if (System.nanoTime() - startNanos > TIMEOUT_SECONDS * 1_000_000_000L) {
                finish(false, "timed out in stage " + stage);
            }
            poll();
        });
        pause.play();
    }

    private void step() {
        var pages = window.pages();
        switch (stage) {
            case WAIT_FOR_WINDOW -> {
                var info = window.aboutModel().info().get();
                if (info != null && window.model().findDatabase().isPresent() && !window.jobsRunning()) {
                    if (!info.productCorrect()) {
                        finish(false, "backend check failed");
                    }
                    LOG.info("Smoke test: window shown after {} ms", elapsedMillis());
                    System.out.println("smoke test: backend ready " + elapsedMillis()
                            + " ms after the window was shown");
                    pages.data().loadDemo();
                    stage = Stage.LOADING_DEMO;
                }
            }
            case LOADING_DEMO -> {
                if (!window.jobsRunning() && pages.data().dataset().get() != null) {
                    pages.train().refreshDataset();
                    var form = pages.train().form();
                    form.apply(TrainPreset.QUICK_DIN);
                    form.text(TrainField.BATCH_SIZE).set("64");
                    // train with the Train page on screen, so the live charts are part of what is measured
                    window.model().page().set(Page.TRAIN);
                    stage = Stage.TRAINING;
                }
            }
            case TRAINING -> {
                if (pages.train().historyLength().get() > 0 && !pages.train().running().get()
                        && pages.train().curves().stepPointCount() == 0 && !window.jobsRunning()) {
                    pages.train().start();
                    frameGaps.start();
                } else if (!pages.train().running().get() && pages.train().curves().stepPointCount() > 0) {
                    finish(pages.train().outcome().get().contains("completed"), pages.train().outcome().get());
                }
            }
        }
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void finish(boolean passed, String detail) {
        frameGaps.stop();
        if (frameGaps.count() > 0) {
            String frames = "UI frames during training: " + frameGaps.summary();
            LOG.info(frames);
            System.out.println("smoke test: " + frames);
            String chart = FrameGaps.chartTiming(100_000);
            LOG.info(chart);
            System.out.println("smoke test: " + chart);
        }
        LOG.info("Smoke test {}: {}", passed ? "passed" : "failed", detail);
        System.out.println("smoke test " + (passed ? "passed" : "FAILED") + " after " + elapsedMillis() + " ms: "
                + detail);
        Platform.exit();
        System.exit(passed ? 0 : 1);
    }
}
