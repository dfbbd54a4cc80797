package org.dinexplorer.app.service.training;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.imports.SyntheticLogs;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.train.EpochResult;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.samples.DatasetConfig;
import org.dinexplorer.storage.samples.ValidationMode;

/** A small database with a built training set and small, single-threaded run configs, for run tests. */
public final class TinyRuns {

    public static final int HISTORY = 10;

    private TinyRuns() {
    }

    /** Writes synthetic logs of {@code users} users into {@code folder} and builds the training set. */
    public static Path database(Path folder, int users) throws Exception {
        Path db = SyntheticLogs.write(folder, users, 7);
        DatasetConfig config = DatasetConfig.defaults().withHistoryLength(HISTORY)
                .withValidation(ValidationMode.LAST_TRAIN_DAY, 0, 0);
        new DatasetService().build(db, config, progress -> { }, () -> false);
        return db;
    }

    /** A small single-threaded config of {@code variant} for {@code epochs} epochs, validated at epoch ends only. */
    public static RunConfig config(ModelVariant variant, int epochs, long seed) {
        DinConfig model = DinConfig.defaults(variant).withNetwork(4, List.of(8), List.of(16), ActivationKind.PRELU)
                .withEpochs(epochs).withBatchSize(32).withThreads(1).withLearningRate(0.01);
        model = model.withEvaluation(Integer.MAX_VALUE, 0, model.schedule().gaucWeighting());
        return new RunConfig(model, HISTORY, seed);
    }

    public static TrainingService service() {
        return new TrainingService(TrainingDataLoader.of(new DatasetService()));
    }

    /** An observer that raises {@code stop} when a step matches {@code when}. */
    public static TrainingObserver stopAt(AtomicBoolean stop, Predicate<StepProgress> when) {
        return new TrainingObserver() {
            @Override
            public void onStep(StepProgress step) {
                if (when.test(step)) {
                    stop.set(true);
                }
            }
        };
    }

    /** An observer that raises {@code stop} after epoch {@code epoch} ended. */
    public static TrainingObserver stopAfterEpoch(AtomicBoolean stop, int epoch) {
        return new TrainingObserver() {
            @Override
            public void onEpochEnd(EpochResult result) {
                if (result.epoch() == epoch) {
                    stop.set(true);
                }
            }
        };
    }
}
