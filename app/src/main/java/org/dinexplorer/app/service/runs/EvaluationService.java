package org.dinexplorer.app.service.runs;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.model.eval.Evaluator;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.storage.samples.Split;

/** Evaluates a saved model on a split of a database's training set. Blocking: call it from a job. */
public final class EvaluationService {

    private final DatasetService datasets;
    private final ModelLocator locator;

    /** A service on the default dataset service and run tables. */
    public EvaluationService() {
        this(new DatasetService(), new ModelLocator());
    }

    EvaluationService(DatasetService datasets, ModelLocator locator) {
        this.datasets = datasets;
        this.locator = locator;
    }

    /**
     * Metrics of the model {@code modelSpec} (a run id or a model file) on {@code split}.
     *
     * @param stop polled between batches
     * @throws org.dinexplorer.model.io.ModelFileException if the file is missing, damaged or trained on other data
     * @throws org.dinexplorer.storage.StorageException   if the database has no training set or no such run
     * @throws IllegalArgumentException                    if the split is empty
     */
    public EvaluationReport evaluate(Path database, String modelSpec, Split split, BooleanSupplier stop) {
        RunStores.requireExisting(database);
        Path file = locator.resolve(database, modelSpec);
        Dataset dataset = datasets.openDataset(database);
        LoadedModel loaded = ModelFile.load(file, dataset.fingerprint());
        EvaluationResult metrics = Evaluator.evaluate(loaded.model(), dataset.source(split), stop);
        return new EvaluationReport(file, split, metrics);
    }

    /**
     * What {@link #evaluate} measured.
     *
     * @param modelFile the model evaluated
     * @param split     the split
     * @param metrics   AUC, GAUC, log loss, accuracy, counts
     */
    public record EvaluationReport(Path modelFile, Split split, EvaluationResult metrics) {
    }
}
