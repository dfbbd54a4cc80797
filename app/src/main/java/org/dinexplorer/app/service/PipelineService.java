package org.dinexplorer.app.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.imports.DemoDataService;
import org.dinexplorer.app.service.imports.ImportService;
import org.dinexplorer.app.service.training.RunConfig;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.app.service.training.TrainingService;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.samples.DatasetConfig;

/**
 * The whole pipeline on generated data, for a first look and as an end-to-end check: generate a demo preset, import
 * it into a fresh database, build the training set (last training day for validation), then train DIN and the
 * Embedding&amp;MLP baseline with the same budget and seed.
 */
public final class PipelineService {

    private final DemoDataService demoData = new DemoDataService();
    private final ImportService imports = new ImportService();
    private final DatasetService datasets = new DatasetService();

    /**
     * What the demo should do.
     *
     * @param folder  working folder; its {@code data/} and {@code demo.db*} files are replaced
     * @param preset  generator preset (tiny, mini, small, medium)
     * @param seed    seed of the data and of both runs
     * @param epochs  epochs of each run
     * @param batch   samples per step
     * @param threads BLAS threads (0 = library default)
     */
    public record DemoSettings(Path folder, String preset, long seed, int epochs, int batch, int threads) {
    }

    /**
     * Both runs of a finished demo.
     *
     * @param database the demo database
     * @param din      the DIN run
     * @param base     the baseline run
     */
    public record DemoResult(Path database, RunOutcome din, RunOutcome base) {
    }

    /**
     * Runs the pipeline.
     *
     * @param progress receives the phase and progress of generation, import and dataset build
     * @param observer receives the progress of both training runs
     * @param stop     polled throughout; training stops leave CANCELLED runs
     */
    public DemoResult run(DemoSettings settings, Consumer<JobProgress> progress, TrainingObserver observer,
                          BooleanSupplier stop) {
        Path data = settings.folder().resolve("data");
        Path database = settings.folder().resolve("demo.db");
        clear(settings.folder(), database);
        demoData.generate(data, settings.preset(), settings.seed(), false, false, progress, stop);
        imports.importFiles(database, imports.sources(List.of(data)), ImportConfig.defaults(), false, progress,
                stop);
        DatasetConfig datasetConfig = DatasetConfig.defaults();
        int history = datasets.build(database, datasetConfig, progress, stop).config().historyLength();
        TrainingService training = new TrainingService(TrainingDataLoader.of(datasets));
        RunOutcome din = training.start(database, config(ModelVariant.DIN, settings, history), null, "demo DIN",
                observer, stop, () -> false);
        RunOutcome base = training.start(database, config(ModelVariant.BASE, settings, history), null,
                "demo Embedding&MLP", observer, stop, () -> false);
        return new DemoResult(database, din, base);
    }

    private static RunConfig config(ModelVariant variant, DemoSettings settings, int history) {
        DinConfig model = DinConfig.defaults(variant).withEpochs(settings.epochs()).withBatchSize(settings.batch())
                .withThreads(settings.threads());
        model = model.withEvaluation(0, 0, model.schedule().gaucWeighting());
        return new RunConfig(model, history, settings.seed());
    }

    /** Removes the previous demo's database files and generated data (only those). */
    private static void clear(Path folder, Path database) {
        try {
            Files.createDirectories(folder);
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
            }
            for (String sub : List.of("demo.db.dataset", "demo.db.runs", "data")) {
                deleteTree(folder.resolve(sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
