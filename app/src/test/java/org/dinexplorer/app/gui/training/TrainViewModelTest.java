package org.dinexplorer.app.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.gui.data.DataServices;
import org.dinexplorer.app.gui.data.DataViewModel;
import org.dinexplorer.app.jobs.DirectJobRunner;
import org.dinexplorer.app.service.DatabaseService;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.app.service.training.TrainingService;
import org.dinexplorer.model.config.ModelVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Train page's view model on the tiny demo preset, real SQLite and the real trainer, without the FX toolkit. The
 * demo data is loaded once; every test gets a fresh view model on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainViewModelTest {

    @TempDir
    static Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final DataServices services = DataServices.create();
    private Path databaseFile;
    private TrainViewModel model;

    @BeforeAll
    void loadTinyDemo() {
        SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
        DataViewModel data = new DataViewModel(database, new AppPaths(dir), new DirectJobRunner(),
                BackgroundReads.inline(), services, "tiny", errors::add);
        databaseFile = new DatabaseService().open(dir.resolve("t.db"));
        database.set(databaseFile);
        data.loadDemo();
        assertThat(errors).isEmpty();
    }

    @BeforeEach
    void freshViewModel() {
        errors.clear();
        SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
        DatasetService datasets = services.datasets();
        model = new TrainViewModel(database, new DirectJobRunner(), BackgroundReads.inline(),
                new TrainingService(TrainingDataLoader.of(datasets)), datasets, errors::add);
        database.set(databaseFile);
    }

    @Test
    void knowsTheTrainingSetsHistoryLength() {
        assertThat(model.historyLength().get()).isEqualTo(50);
        assertThat(model.datasetInfo().get()).startsWith("Training set: ").contains("history 50");
    }

    @Test
    void aBatchThatLeavesFewStepsPerEpochBringsTheSmallBatchTip() {
        model.form().text(TrainField.BATCH_SIZE).set("1024");
        assertThat(model.batchTip().get()).startsWith("Only ").contains("batch 1,024").contains("batch of 32");
        model.form().text(TrainField.BATCH_SIZE).set("32");
        assertThat(model.batchTip().get()).isEmpty();
        model.form().text(TrainField.BATCH_SIZE).set("not a number");
        assertThat(model.batchTip().get()).isEmpty();
    }

    @Test
    void anInvalidFieldShowsItsMessageAndStartsNothing() {
        model.form().text(TrainField.LEARNING_RATE).set("fast");
        model.form().text(TrainField.ATTENTION_UNITS).set("80,,40");
        model.start();
        assertThat(model.form().error(TrainField.LEARNING_RATE).get()).isEmpty(); // first failing field only
        assertThat(model.form().error(TrainField.ATTENTION_UNITS).get()).contains("80,40");
        model.form().text(TrainField.ATTENTION_UNITS).set("80,40");
        model.start();
        assertThat(model.form().error(TrainField.LEARNING_RATE).get()).contains("Learning rate").contains("fast");
        assertThat(model.form().text(TrainField.LEARNING_RATE).get()).isEqualTo("fast");
        assertThat(model.curves().stepPointCount()).isZero();
        assertThat(errors).isEmpty();
    }

    @Test
    void aRangeErrorFromTheModelConfigLandsNextToItsField() {
        model.form().text(TrainField.EMBEDDING_DIM).set("0");
        model.start();
        assertThat(model.form().error(TrainField.EMBEDDING_DIM).get()).startsWith("Embedding dim").contains("0");
    }

    @Test
    void oneEpochOfDinGivesLossPointsValidationPointsAndATestResult() {
        model.form().apply(TrainPreset.QUICK_DIN);
        model.form().text(TrainField.BATCH_SIZE).set("64");
        model.form().text(TrainField.EVALUATE_EVERY).set("0");
        model.start();
        model.drainUpdates();
        assertThat(errors).isEmpty();
        assertThat(model.running().get()).isFalse();
        assertThat(model.curves().stepPointCount()).isPositive();
        ChartData loss = model.curves().lossChart();
        assertThat(loss.series()).extracting(ChartData.Series::name).containsExactly("loss", "smoothed");
        assertThat(loss.series().get(0).size()).isEqualTo(model.curves().stepPointCount());
        assertThat(model.curves().metricChart("validation").series().get(0).size()).isPositive();
        assertThat(model.outcome().get()).contains("completed").contains("test AUC").contains("by clicks");
        assertThat(model.log()).anyMatch(line -> line.contains("Epoch 1 done"));
        assertThat(model.curves().metricChart("validation").series()).extracting(ChartData.Series::name)
                .containsExactly("AUC", "GAUC", "GAUC by clicks");
        assertThat(model.status().get()).startsWith("Kept the model").contains("validation GAUC");
        assertThat(model.progress().get()).isEqualTo(1.0);
        assertThat(model.log()).contains(model.status().get());
    }

    @Test
    void trainAgainWithChangesFillsTheFormFromTheRun() {
        var config = org.dinexplorer.model.config.DinConfig.defaults(ModelVariant.BASE).withEpochs(3)
                .withHistoryContext(false);
        assertThat(model.form().historyContext().get()).as("default").isTrue();
        model.trainAgainWithChanges(7, config, 99);
        assertThat(model.form().variant().get()).isEqualTo(ModelVariant.BASE);
        assertThat(model.form().text(TrainField.EPOCHS).get()).isEqualTo("3");
        assertThat(model.form().text(TrainField.SEED).get()).isEqualTo("99");
        assertThat(model.form().historyContext().get()).isFalse();
        assertThat(model.form().toConfig()).hasValue(config);
    }
}
