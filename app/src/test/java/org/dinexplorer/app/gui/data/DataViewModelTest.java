package org.dinexplorer.app.gui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.jobs.DirectJobRunner;
import org.dinexplorer.app.service.DatabaseService;
import org.dinexplorer.storage.importing.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data page's view model on real services and a real SQLite file, without the FX toolkit. */
class DataViewModelTest {

    private static final List<String> TINY_FILES = List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv",
            "behavior_log.csv");

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
    private DataViewModel model;

    @BeforeEach
    void openDatabase() {
        model = new DataViewModel(database, new AppPaths(dir.resolve("data")), new DirectJobRunner(),
                BackgroundReads.inline(), DataServices.create(), "tiny", errors::add);
        database.set(new DatabaseService().open(dir.resolve("data.db")));
    }

    /** Copies the hand-checked tiny sample shipped with the app into a folder. */
    static Path tinySample(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : TINY_FILES) {
            try (InputStream in = DataViewModelTest.class.getResourceAsStream(
                    "/org/dinexplorer/resources/sample/tiny/" + name)) {
                Files.copy(in, target.resolve(name));
            }
        }
        return target;
    }

    private static long dataLines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count() - 1;
        }
    }

    @Test
    void anEmptyDatabaseShowsAnEmptyOverview() {
        assertThat(errors).isEmpty();
        assertThat(model.overview().get()).isNotNull();
        assertThat(model.overview().get().isEmpty()).isTrue();
    }

    @Test
    void importingAFolderFillsTheOverviewAndReconcilesEveryFile() throws IOException {
        Path folder = tinySample(dir.resolve("tiny"));
        model.importPaths(List.of(folder));
        assertThat(errors).isEmpty();
        assertThat(model.lastImport().get().reports()).hasSize(4);
        for (ImportReport report : model.lastImport().get().reports()) {
            assertThat(report.rowsRead()).as(report.fileName()).isEqualTo(dataLines(folder.resolve(report.fileName())));
            assertThat(report.rowsStored() + report.rowsRejected() + report.rowsDuplicate()).as(report.fileName())
                    .isEqualTo(report.rowsRead());
        }
        long storedImpressions = model.lastImport().get().reports().stream()
                .filter(r -> r.fileName().equals("raw_sample.csv")).mapToLong(ImportReport::rowsStored).sum();
        assertThat(model.overview().get().impressionCount()).isEqualTo(storedImpressions);
        assertThat(model.notice().get()).startsWith("4 files: ");
    }

    @Test
    void theRejectsBrowserShowsAPageAndAddsTheNextOnRequest() throws IOException {
        List<String> lines = new ArrayList<>(List.of("user,time_stamp,adgroup_id,pid,nonclk,clk"));
        // valid rows first: a file whose first rows are mostly bad is refused as the wrong file
        for (int i = 0; i < 1_000; i++) {
            lines.add((1_000 + i) + ",1494043200,7,430548_1007,1,0");
        }
        for (int i = 0; i < 700; i++) {
            lines.add(i % 2 == 0 ? "x" + i + ",1494043200,7,430548_1007,1,0" : i + ",1494043200,7,430548_1007,1,1");
        }
        Path file = Files.write(dir.resolve("raw_sample.csv"), lines);
        model.importPaths(List.of(file));
        assertThat(model.rejectReasons()).containsExactlyInAnyOrder("NOT_NUMERIC", "CLICK_MISMATCH");
        assertThat(model.rejects()).hasSize(500);

        model.showMoreRejects();
        assertThat(model.rejects()).hasSize(700).extracting(row -> row.lineNumber()).isSorted();
        model.showMoreRejects();
        assertThat(model.rejects()).hasSize(700);
        model.rejectFilter().set("CLICK_MISMATCH");
        assertThat(model.rejects()).hasSize(350).allMatch(row -> row.reason().equals("CLICK_MISMATCH"));
        assertThat(errors).isEmpty();
    }

    @Test
    void anInvalidTestDayIsReportedNextToTheFormAndKeepsTheText() {
        model.testDay().set("13/05/2017");
        model.buildTrainingSet();
        assertThat(model.formError().get()).contains("2017-05-13").contains("13/05/2017");
        assertThat(model.testDay().get()).isEqualTo("13/05/2017");
        assertThat(model.dataset().get()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void aHistoryLengthOutOfRangeNamesTheField() {
        model.historyLength().set(0);
        assertThat(model.datasetConfig()).isEmpty();
        assertThat(model.formError().get()).containsIgnoringCase("history length").contains("0");
    }

    @Test
    void loadDemoGeneratesImportsAndBuildsTheTrainingSet() {
        model.loadDemo();
        assertThat(errors).isEmpty();
        assertThat(model.overview().get().impressionCount()).isPositive();
        assertThat(model.dataset().get()).isNotNull();
        assertThat(model.dataset().get().fingerprint()).hasSize(64);
        assertThat(Files.isRegularFile(dir.resolve("data/demo/tiny-" + DataViewModel.DEMO_SEED
                + "/behavior_log.csv"))).isTrue();
    }

    @Test
    void aCancelledImportIsOfferedForResumeAndResumingCompletesIt() {
        Path folder = dir.resolve("demo");
        new org.dinexplorer.app.service.imports.DemoDataService().generate(folder, "tiny", 5, false, false,
                progress -> { }, () -> false);
        // a runner whose stop flag rises with the first progress report: the import stops after its first chunk
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        DataViewModel stopping = new DataViewModel(database, new AppPaths(dir.resolve("data")),
                new DirectJobRunner(progress -> stop.set(progress.message().contains("rows")), stop::get),
                BackgroundReads.inline(), DataServices.create(), "tiny", errors::add);
        stopping.importPaths(List.of(folder.resolve("behavior_log.csv")));
        assertThat(errors).singleElement().isInstanceOf(java.util.concurrent.CancellationException.class);
        errors.clear();
        model.refresh();
        assertThat(model.unfinishedImports()).singleElement().satisfies(stopped -> {
            assertThat(stopped.fileName()).isEqualTo("behavior_log.csv");
            assertThat(stopped.cursorLine()).isPositive();
        });
        model.resumeImport(model.unfinishedImports().get(0));
        assertThat(errors).isEmpty();
        assertThat(model.unfinishedImports()).isEmpty();
        assertThat(model.overview().get().behaviorCount())
                .isEqualTo(model.lastImport().get().reports().get(0).rowsStored());
    }

    @Test
    void buildingTwiceWithTheSameSettingsGivesTheSameFingerprint() throws IOException {
        model.importPaths(List.of(tinySample(dir.resolve("tiny"))));
        model.buildTrainingSet();
        String first = model.dataset().get().fingerprint();
        model.buildTrainingSet();
        assertThat(model.dataset().get().fingerprint()).isEqualTo(first);
        model.historyLength().set(10);
        model.buildTrainingSet();
        assertThat(model.dataset().get().fingerprint()).isNotEqualTo(first);
        assertThat(errors).isEmpty();
    }
}
