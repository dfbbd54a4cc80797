package org.dinexplorer.app.service.dataset;

import java.nio.file.Path;

/** Opens the built training set of a database (the seam between the services and the dataset adapter). */
@FunctionalInterface
public interface TrainingDataLoader {

    /**
     * Loads the training set of {@code database}.
     *
     * @throws org.dinexplorer.storage.StorageException if no training set has been built or it is unreadable
     */
    TrainingData load(Path database);

    /** Loads training sets with {@code datasets}; an empty validation split counts as none. */
    static TrainingDataLoader of(DatasetService datasets) {
        return database -> {
            Dataset dataset = datasets.openDataset(database);
            var validation = dataset.validation();
            return new TrainingData(dataset.fingerprint(), dataset.fingerprintText(),
                    dataset.schema().historyLength(), dataset.train(), validation.sampleCount() > 0 ? validation : null,
                    dataset.test());
        };
    }
}
