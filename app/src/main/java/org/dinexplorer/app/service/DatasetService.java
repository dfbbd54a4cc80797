package org.dinexplorer.app.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.samples.BuildListener;
import org.dinexplorer.storage.samples.DatasetBuilder;
import org.dinexplorer.storage.samples.DatasetConfig;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.dinexplorer.storage.samples.SampleReader;

/** Builds and opens training sets; shared by {@code din-explorer build-dataset} and the GUI's Data view. */
public final class DatasetService {

    /**
     * Builds (or rebuilds) the training set of the database at {@code dbPath}.
     *
     * @param progress      receives progress on the calling thread
     * @param stopRequested polled between phases and every million rows
     * @throws org.dinexplorer.storage.StorageException if the data cannot be split or written (message for the user)
     * @throws java.util.concurrent.CancellationException if stopped; the previous training set is kept
     */
    public DatasetSummary build(Path dbPath, DatasetConfig config, Consumer<JobProgress> progress,
                                BooleanSupplier stopRequested) {
        Database database = Database.open(dbPath);
        return new DatasetBuilder(database).build(config, new ProgressForwarder(progress), stopRequested);
    }

    /**
     * Loads the training set built for {@code dbPath} into memory.
     *
     * @throws org.dinexplorer.storage.StorageException if none was built or its files do not match the database
     */
    public Dataset openDataset(Path dbPath) {
        return new Dataset(SampleReader.open(Database.open(dbPath)));
    }

    /** The summary of the training set built for {@code dbPath}, without loading it; empty if none was built. */
    public Optional<DatasetSummary> findSummary(Path dbPath) {
        return SampleReader.findSummary(Database.open(dbPath));
    }

    /** Turns build callbacks into job progress. */
    private record ProgressForwarder(Consumer<JobProgress> progress) implements BuildListener {
        @Override
        public void onProgress(String phase, long done, long total) {
            String message = total > 0
                    ? String.format(Locale.ROOT, "%s: %,d of %,d", phase, done, total)
                    : phase;
            progress.accept(JobProgress.of(done, total, message));
        }
    }
}
