package org.dinexplorer.app.service.interop;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingSetBatchSource;
import org.dinexplorer.app.service.runs.RunFiles;
import org.dinexplorer.app.service.runs.RunStores;
import org.dinexplorer.app.service.training.EvaluationPoints;
import org.dinexplorer.app.service.training.RunConfig;
import org.dinexplorer.app.service.training.RunEnvironment;
import org.dinexplorer.app.service.training.RunLog;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.model.eval.Evaluator;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.io.ModelFileException;
import org.dinexplorer.model.io.SafetensorsFile;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.NewRun;
import org.dinexplorer.storage.runs.RunStatus;
import org.dinexplorer.storage.runs.RunStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores weights trained elsewhere (a safetensors file from {@code export-model} or the PyTorch trainer) as a
 * completed run of a database: the run's model file, config and data fingerprint, plus its validation and test
 * metrics, so that evaluation, prediction, attention, the Runs page and Explore treat it like a run trained here.
 * Blocking: call it from a job.
 */
public final class ModelImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ModelImportService.class);

    private final DatasetService datasets;
    private final RunStores stores;

    /** A service on the default dataset service and run tables. */
    public ModelImportService() {
        this(new DatasetService(), new RunStores());
    }

    ModelImportService(DatasetService datasets, RunStores stores) {
        this.datasets = datasets;
        this.stores = stores;
    }

    /**
     * Imports {@code weights} as a new completed run.
     *
     * @param name display name, or null for one made from the file name
     * @param stop polled between evaluation batches
     * @return the new run's id and its test metrics
     * @throws ModelFileException if the file is not DIN Explorer weights, is damaged, or does not fit this
     *                            database's training set (fingerprint, history length, vocabulary sizes)
     */
    public ImportedRun importWeights(Path database, Path weights, @Nullable String name, BooleanSupplier stop) {
        RunStores.requireExisting(database);
        Dataset dataset = datasets.openDataset(database);
        LoadedModel loaded = SafetensorsFile.load(weights, dataset.fingerprint());
        DinModel model = loaded.model();
        if (!model.schema().equals(dataset.schema())) {
            throw new ModelFileException(weights.getFileName() + " describes inputs " + model.schema()
                    + ", but the training set of " + database.getFileName() + " has " + dataset.schema());
        }
        RunConfig config = new RunConfig(model.config(), model.schema().historyLength(), 0L);
        RunStore store = stores.forDatabase(database);
        RunEnvironment environment = RunEnvironment.capture(config.model().schedule().threads());
        String runName = name == null || name.isBlank() ? "imported " + weights.getFileName() : name;
        long runId = store.create(new NewRun(null, runName, "Imported from " + weights.toAbsolutePath(),
                config.model().network().variant().name(), config.toCanonicalJson(), config.sha256(), config.seed(),
                dataset.fingerprint(), environment.toJson()));
        RunFiles files = RunFiles.of(database, runId);
        store.markRunning(runId, files.folder().toString());
        try {
            writeFiles(files, dataset, model, weights, config, environment);
            long started = System.nanoTime();
            @Nullable EvaluationPoint validation = evaluate(store, runId, dataset, "validation", model, started, stop);
            @Nullable EvaluationPoint test = evaluate(store, runId, dataset, "test", model, started, stop);
            store.finish(runId, RunStatus.COMPLETED, null);
            LOG.info("Run {} imported from {}", runId, weights);
            return new ImportedRun(runId, files.model(), validation, test);
        } catch (RuntimeException e) {
            store.finish(runId, RunStatus.FAILED, "Import failed: " + e.getMessage());
            throw e;
        }
    }

    private static void writeFiles(RunFiles files, Dataset dataset, DinModel model, Path weights, RunConfig config,
                                   RunEnvironment environment) {
        files.create(dataset.fingerprintText());
        ModelFile.save(files.model(), model, dataset.fingerprint(), null, false);
        RunLog log = new RunLog(files.log(), Clock.systemUTC());
        log.header("imported " + weights.toAbsolutePath() + " on data " + dataset.fingerprint(),
                config.toCanonicalJson(), environment.toJson());
    }

    private static @Nullable EvaluationPoint evaluate(RunStore store, long runId, Dataset dataset, String split,
                                                      DinModel model, long started, BooleanSupplier stop) {
        TrainingSetBatchSource source = "test".equals(split) ? dataset.test() : dataset.validation();
        if (source.sampleCount() == 0) {
            return null;
        }
        EvaluationResult m = Evaluator.evaluate(model, source, stop);
        EvaluationPoint point = EvaluationPoints.of(0, 0, split, true, Double.NaN, m,
                (System.nanoTime() - started) / 1e9);
        store.addEvaluation(runId, point);
        return point;
    }

    /**
     * The run an import created.
     *
     * @param runId      the new run
     * @param modelFile  its model file
     * @param validation metrics on the validation split, null when it is empty
     * @param test       metrics on the test split, null when it is empty
     */
    public record ImportedRun(long runId, Path modelFile, @Nullable EvaluationPoint validation,
                              @Nullable EvaluationPoint test) {
    }
}
