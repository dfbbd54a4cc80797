package org.dinexplorer.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.gui.common.ExportActions;
import org.dinexplorer.app.gui.training.TrainField;
import org.dinexplorer.app.gui.training.TrainPreset;
import org.dinexplorer.app.gui.training.TrainView;
import org.dinexplorer.app.prefs.AppPreferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives a whole session headless: load the tiny demo dataset from the Data page, train one epoch of DIN from the
 * Train page, check the live curves and the Runs page, and export the loss chart as PNG, SVG and CSV.
 */
@ExtendWith(ApplicationExtension.class)
class FullSessionTest {

    @TempDir
    static Path dataDir;

    private static Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        node = Preferences.userRoot().node("org/dinexplorer-test/session-" + System.nanoTime());
        window = new MainWindow(stage, new AppPaths(dataDir), new AppPreferences(node), "tiny");
        window.show();
    }

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        node.removeNode();
    }

    private void waitUntilIdle(int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !window.jobsRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void loadDemoTrainOneEpochSeeCurvesAndExportThem() throws Exception {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().findDatabase().isPresent());
        waitUntilIdle(30);
        // Explore opened before there is any data says what is missing; that must not outlive the missing part
        robot.clickOn("#nav-explore");
        Label exploreMessage = robot.lookup("#explore-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exploreMessage.getText().contains("No training set"));
        robot.clickOn("#nav-data");
        robot.clickOn("#empty-load-demo");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> window.pages().data().dataset().get() != null
                || window.errorsShown().get() > 0);
        waitUntilIdle(30);
        Label summary = robot.lookup("#dataset-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("train: "));
        assertThat(window.errorsShown().get()).isZero();
        assertThat(summary.getText()).contains("Fingerprint " + window.pages().data().dataset().get().fingerprint());

        robot.clickOn("#nav-train");
        TrainView train = (TrainView) robot.lookup("#page-train").query();
        assertThat(train.metricsChart().isEmpty()).isTrue();
        assertThat(robot.lookup("#chart-metrics .chart-empty .label").queryAllAs(Label.class))
                .extracting(Label::getText).anyMatch(text -> text.startsWith("No evaluation yet"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.pages().train().historyLength().get() > 0);
        WaitForAsyncUtils.asyncFx(() -> {
            var form = window.pages().train().form();
            form.apply(TrainPreset.QUICK_DIN);
            form.text(TrainField.BATCH_SIZE).set("128");
            form.text(TrainField.EVALUATE_EVERY).set("40");
        }).get();
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !window.pages().train().outcome().get().isEmpty());
        waitUntilIdle(30);
        assertThat(window.errorsShown().get()).isZero();
        assertThat(window.pages().train().outcome().get()).contains("completed");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> train.lossChart().drawnPointCount() > 0);
        assertThat(train.lossChart().shown().series().get(0).size())
                .isEqualTo(window.pages().train().curves().stepPointCount());
        assertThat(train.metricsChart().drawnPointCount()).isPositive();
        assertThat(train.metricsChart().isEmpty()).isFalse();

        robot.clickOn("#nav-runs");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#runs-table")
                .queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<org.dinexplorer.app.service.runs.RunSummary> runs =
                robot.lookup("#runs-table").queryAs(TableView.class);
        assertThat(runs.getItems()).hasSize(1);
        assertThat(runs.getItems().get(0).run().status().name()).isEqualTo("COMPLETED");
        assertThat(runs.getItems().get(0).test()).isNotNull();

        exportsOf(train);
        exploreAUser(robot, runs.getItems().get(0).run().runId());
    }

    /** Explore: a random user with clicks, a heatmap equal to the model's own attention, exported three ways. */
    private void exploreAUser(FxRobot robot, long runId) throws Exception {
        robot.clickOn("#nav-explore");
        var explore = window.pages().explore();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explore.model().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#explore-message").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#explore-random");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> explore.user().get() != null
                && !explore.table().rows().isEmpty() && explore.table().rows().get(0).weights().length > 0);
        WaitForAsyncUtils.waitForFxEvents();
        int userId = explore.user().get().userId();
        var report = new org.dinexplorer.app.service.explore.AttentionService().attention(
                window.model().findDatabase().orElseThrow(), Long.toString(runId), userId,
                org.dinexplorer.storage.samples.Split.TEST, List.of());
        var rows = List.copyOf(explore.table().rows());
        int compared = 0;
        for (var row : rows) {
            var expected = report.rows().stream().filter(r -> r.adgroupId() == row.ad().adgroupId())
                    .sorted(java.util.Comparator.comparingInt(
                            org.dinexplorer.app.service.explore.AttentionRow::position))
                    .toList();
            if (expected.isEmpty()) {
                continue;
            }
            float[] shown = row.weights();
            assertThat(shown).hasSize(expected.size());
            for (int p = 0; p < shown.length; p++) {
                assertThat((double) shown[p]).isCloseTo(expected.get(p).weight(),
                        org.assertj.core.data.Offset.offset(1e-5));
            }
            compared++;
        }
        assertThat(compared).isPositive();
        assertThat(window.errorsShown().get()).isZero();

        var heatmap = explore.heatmap();
        var node = robot.lookup("#explore-heatmap").query();
        ExportActions exports = new ExportActions(null, Runnable::run, message -> { }, error -> { });
        Path png = dataDir.resolve("heatmap.png");
        Path svg = dataDir.resolve("heatmap.svg");
        Path csv = dataDir.resolve("heatmap.csv");
        WaitForAsyncUtils.asyncFx(() -> List.of(
                exports.exportHeatmap(ExportActions.Format.PNG, node, heatmap, png, 1),
                exports.exportHeatmap(ExportActions.Format.SVG, node, heatmap, svg, 1),
                exports.exportHeatmap(ExportActions.Format.CSV, node, heatmap, csv, 1))).get()
                .forEach(future -> future.join());
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(50);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text").getLength())
                .isGreaterThan(heatmap.rowLabels().size());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + heatmap.rowLabels().size() * heatmap.columnLabels().size());
        // the first data row is the first candidate's weight and influence at the oldest position
        assertThat(lines.get(0)).isEqualTo("row,column,weight,influence");
        String[] first = lines.get(1).split(",");
        assertThat(Float.parseFloat(first[2])).isEqualTo(rows.get(0).weights()[0]);
        assertThat(Float.parseFloat(first[3])).isEqualTo(rows.get(0).influence()[0]);
    }

    private void exportsOf(TrainView train) throws Exception {
        ExportActions exports = new ExportActions(null, Runnable::run, message -> { }, error -> { });
        Path png = dataDir.resolve("loss.png");
        Path svg = dataDir.resolve("loss.svg");
        Path csv = dataDir.resolve("loss.csv");
        var data = window.pages().train().curves().lossChart();
        WaitForAsyncUtils.asyncFx(() -> List.of(
                exports.exportChart(ExportActions.Format.PNG, train.lossChart(), data, png, 2),
                exports.exportChart(ExportActions.Format.SVG, train.lossChart(), data, svg, 1),
                exports.exportChart(ExportActions.Format.CSV, train.lossChart(), data, csv, 1))).get()
                .forEach(future -> future.join());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getElementsByTagName("text").getLength()).isPositive();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("series,step,loss");
        // one row per step of the raw series and one of the smoothed series, none decimated
        assertThat(lines).hasSize(1 + 2 * window.pages().train().curves().stepPointCount());
        String[] first = lines.get(1).split(",");
        assertThat(Double.parseDouble(first[2])).isEqualTo(data.series().get(0).ys()[0]);
    }
}
