package org.dinexplorer.app.gui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.gui.common.ExportActions;
import org.dinexplorer.app.service.explore.ExploreService;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.explore.TestUser;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.config.ModelVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** The Explore page headless: pick a user, see the heatmap, remove a behaviour, export PNG, SVG and CSV. */
@ExtendWith(ApplicationExtension.class)
class ExploreViewTest {

    @TempDir
    static Path folder;

    private static Path db;
    private static int userId;
    private final List<Throwable> errors = new ArrayList<>();
    private ExploreViewModel model;
    private ExploreView view;
    private ExportActions exports;

    @BeforeAll
    static void trainOneDinRun() throws Exception {
        db = TinyRuns.database(folder, 80);
        RunOutcome run = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.DIN, 1, 42), null, null,
                TrainingObserver.NONE, () -> false, () -> false);
        assertThat(run.modelFile()).isRegularFile();
        ExploreService service = new ExploreService();
        for (TestUser user : service.testUsers(db)) {
            ExploreUser explored = service.explore(db, user.userId());
            if (explored.history().size() >= 3 && explored.candidates().size() >= 2) {
                userId = user.userId();
                return;
            }
        }
        throw new AssertionError("no test user with three behaviours and two ads");
    }

    @Start
    void start(Stage stage) {
        SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
        model = new ExploreViewModel(database, BackgroundReads.forFx(), new ExploreService(), errors::add);
        exports = new ExportActions(stage, ForkJoinPool.commonPool(), message -> { }, errors::add);
        view = new ExploreView(model, exports);
        stage.setScene(new Scene(view, 1260, 780));
        stage.show();
        database.set(db);
    }

    @Test
    void pickAUserEditTheHistoryAndExportTheHeatmap() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.model().get() != null
                && !model.search().users().isEmpty());
        FxRobot robot = new FxRobot();
        robot.clickOn("#explore-user").write(Integer.toString(userId)).push(KeyCode.ESCAPE);
        robot.clickOn("#explore-open");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> scored(view.heatmap().data()));
        int behaviors = model.user().get().history().size();
        HeatmapData shown = view.heatmap().data();
        assertThat(shown.rowLabels()).hasSize(model.table().rows().size());
        assertThat(shown.columnLabels()).hasSize(behaviors);
        // the whole history fits across the page: no column is left to a sideways scroll
        assertThat(view.heatmap().getWidth()).isLessThanOrEqualTo(((javafx.scene.control.ScrollPane) view.heatmap()
                .getParent().getParent().getParent()).getViewportBounds().getWidth() + 0.5);
        robot.moveTo(view.heatmap(), javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(182, 12),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.heatmap().tooltipText()).contains(shown.rowLabels().get(0))
                .contains(shown.columnLabels().get(0))
                .contains(String.format(java.util.Locale.ROOT, "weight %.6f", shown.values()[0][0]))
                .contains(String.format(java.util.Locale.ROOT, "influence %.6f",
                        model.table().rows().get(0).influence()[0]));
        assertThat(view.heatmap().legendText()).startsWith("weight").contains("0", "white = 0");

        robot.clickOn("#explore-measure-influence");
        WaitForAsyncUtils.waitForFxEvents();
        HeatmapData influence = view.heatmap().data();
        assertThat(influence.valueName()).isEqualTo("influence");
        assertThat(influence.values()[0][1]).isEqualTo((double) model.table().rows().get(0).influence()[1]);
        assertThat(view.heatmap().legendText()).startsWith("influence").contains("0", "white = 0");
        robot.clickOn("#explore-measure-weight");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.heatmap().data().valueName()).isEqualTo("weight");

        // hiding the user's pane gives its width to the heatmap
        double widthWithUserPane = view.heatmap().getWidth();
        robot.clickOn("#explore-user-pane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#explore-history").tryQuery()).isEmpty();
        assertThat(view.heatmap().getWidth()).isGreaterThan(widthWithUserPane + 100);
        robot.clickOn("#explore-user-pane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#explore-history").tryQuery()).isPresent();

        robot.clickOn(robot.lookup("#explore-history .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#explore-history-remove");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.heatmap().data().columnLabels().size()
                == behaviors - 1 && scored(view.heatmap().data()));
        assertThat(model.table().topBehaviors()).isNotEmpty();
        assertThat(errors).isEmpty();

        HeatmapData data = model.heatmap();
        Path png = export(ExportActions.Format.PNG, data, "heatmap.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.round(2 * view.heatmap().getWidth()));

        Document svg = parseWithoutExternalEntities(export(ExportActions.Format.SVG, data, "heatmap.svg"));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < svg.getElementsByTagName("text").getLength(); i++) {
            texts.add(svg.getElementsByTagName("text").item(i).getTextContent());
        }
        assertThat(texts).contains(data.rowLabels().get(0), data.columnLabels().get(0), "weight", "0", "white = 0");

        Map<String, CandidateRow> rows = new HashMap<>();
        model.table().rows().forEach(row -> rows.put(row.label(), row));
        int cells = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(export(ExportActions.Format.CSV, data,
                "heatmap.csv"))) {
            for (CsvRecord record : csv) {
                if (record.getStartingLineNumber() == 1) {
                    assertThat(record.getFields()).containsExactly("row", "column", "weight", "influence");
                    continue;
                }
                int column = data.columnLabels().indexOf(record.getField(1));
                CandidateRow row = rows.get(record.getField(0));
                assertThat(Double.parseDouble(record.getField(2))).isEqualTo((double) row.weights()[column]);
                assertThat(Double.parseDouble(record.getField(3))).isEqualTo((double) row.influence()[column]);
                cells++;
            }
        }
        assertThat(cells).isEqualTo(rows.size() * (behaviors - 1));
    }

    private static boolean scored(HeatmapData data) {
        return data != null && data.values().length > 0 && data.values()[0].length > 0
                && Double.isFinite(data.values()[0][0]);
    }

    private Path export(ExportActions.Format format, HeatmapData data, String name) throws Exception {
        Path file = folder.resolve(name);
        AtomicReference<CompletableFuture<Path>> future = new AtomicReference<>();
        new FxRobot().interact(() -> future.set(exports.exportHeatmap(format, view.heatmap(), data, file, 2)));
        assertThat(future.get().get(30, TimeUnit.SECONDS)).isEqualTo(file);
        assertThat(Files.size(file)).isPositive();
        return file;
    }

    private static Document parseWithoutExternalEntities(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
