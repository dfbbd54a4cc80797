package org.dinexplorer.app.gui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.jobs.DirectJobRunner;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.io.SafetensorsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs ▸ Export model… writes the format the chosen file name asks for. */
class RunsViewModelExportTest {

    @TempDir
    static Path folder;
    static Path db;
    static long runId;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeAll
    static void trainARun() throws Exception {
        db = TinyRuns.database(folder, 30);
        RunOutcome run = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.DIN, 1, 3), null, null,
                new TrainingObserver() { }, () -> false, () -> false);
        runId = run.runId();
    }

    private RunsViewModel model() {
        RunActions none = new RunActions() {
            @Override
            public void trainAgainWithChanges(long id, DinConfig config, long seed) {
            }

            @Override
            public void resume(long id) {
            }

            @Override
            public void explore(long id) {
            }
        };
        return new RunsViewModel(new SimpleObjectProperty<>(db), new DirectJobRunner(), BackgroundReads.inline(),
                RunsServices.create(), none, errors::add);
    }

    @Test
    void anOnnxNameGetsTheInferenceGraph() throws Exception {
        Path target = folder.resolve("run.onnx");
        RunsViewModel model = model();
        model.exportModel(runId, target);

        assertThat(errors).isEmpty();
        assertThat(new String(Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("attention.h0.W").contains("ctr").contains("dataset_fingerprint");
        assertThat(model.notice().get()).contains("run.onnx");
    }

    @Test
    void aSafetensorsNameGetsWeightsThatLoadBack() {
        Path target = folder.resolve("run.safetensors");
        model().exportModel(runId, target);

        assertThat(errors).isEmpty();
        assertThat(SafetensorsFile.load(target, null).info().config().network().variant()).isEqualTo(ModelVariant.DIN);
    }

    @Test
    void aZipNameGetsACopyOfTheModelFile() {
        Path target = folder.resolve("run.zip");
        model().exportModel(runId, target);

        assertThat(errors).isEmpty();
        assertThat(ModelFile.load(target, null).info().format()).isEqualTo(ModelFile.FORMAT);
    }
}
