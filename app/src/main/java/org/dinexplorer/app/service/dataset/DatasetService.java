package org.dinexplorer.app.service.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
        return build(dbPath, config, defaultReaderCount(), progress, stopRequested);
    }

    /**
     * Builds the training set with {@code readerCount} parallel readers of the behaviour table (the result does not
     * depend on it).
     *
     * @param readerCount 1 to 16; 1 reads on the calling thread
     */
    public DatasetSummary build(Path dbPath, DatasetConfig config, int readerCount, Consumer<JobProgress> progress,
                                BooleanSupplier stopRequested) {
        Database database = Database.open(dbPath);
        if (readerCount <= 1) {
            return new DatasetBuilder(database).build(config, new ProgressForwarder(progress), stopRequested);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(readerCount, task -> {
            Thread thread = new Thread(task, "dataset-reader-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new DatasetBuilder(database, pool, readerCount)
                    .build(config, new ProgressForwarder(progress), stopRequested);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One reader per core beyond the first (the building thread applies what they read), at most four. */
    public static int defaultReaderCount() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * Loads the training set built for {@code dbPath} into memory.
     *
     * @throws org.dinexplorer.storage.StorageException if none was built or its files do not match the database
     */
    public Dataset openDataset(Path dbPath) {
        return new Dataset(SampleReader.open(Database.open(dbPath)));
    }

    /**
     * The summary of the training set built for {@code dbPath}, without loading it; empty if none was built or there
     * is no database file (a lookup never creates one).
     */
    public Optional<DatasetSummary> findSummary(Path dbPath) {
        if (!Files.isRegularFile(dbPath)) {
            return Optional.empty();
        }
        return SampleReader.findSummary(Database.open(dbPath));
    }

    /**
     * The fingerprint text of the training set built for {@code dbPath} (one {@code key=value} per line); empty if
     * none was built. {@link org.dinexplorer.storage.samples.DatasetFingerprint#differences} lists what changed
     * between two such texts.
     */
    public Optional<String> findFingerprintText(Path dbPath) {
        return SampleReader.findFingerprintText(Database.open(dbPath));
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
