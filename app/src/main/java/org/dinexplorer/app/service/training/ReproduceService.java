package org.dinexplorer.app.service.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.dinexplorer.app.service.dataset.TrainingData;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.runs.RunFiles;
import org.dinexplorer.app.service.runs.RunStores;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunCurves;
import org.dinexplorer.storage.runs.RunRecord;
import org.dinexplorer.storage.runs.RunStore;
import org.jspecify.annotations.Nullable;

/**
 * Trains a stored run again from what the database holds (config, seed, data fingerprint) and compares the results.
 * If the training set's fingerprint changed, nothing is trained and the report lists what changed. Otherwise a child
 * run is trained and the largest difference of any per-epoch or test metric is reported. Exact equality is only
 * promised for single-threaded runs.
 */
public final class ReproduceService {

    /** Metric differences tolerated for multi-threaded runs (BLAS sums in another order). */
    public static final double MULTI_THREAD_TOLERANCE = 1e-4;

    private final TrainingDataLoader loader;
    private final TrainingService training;
    private final RunStores stores;

    /** A service reading training sets with {@code loader}. */
    public ReproduceService(TrainingDataLoader loader) {
        this(loader, new RunStores());
    }

    ReproduceService(TrainingDataLoader loader, RunStores stores) {
        this.loader = loader;
        this.training = new TrainingService(loader);
        this.stores = stores;
    }

    /**
     * The outcome of a reproduction.
     *
     * @param originalRunId   the run reproduced
     * @param reproducedRun   the new child run, or null when the data changed
     * @param changes         fingerprint lines that differ ({@code - old} / {@code + new}); empty when the data matches
     * @param maxDifference   largest absolute difference of any compared metric (0 when identical, NaN if not run)
     * @param comparedCount   metrics compared
     * @param tolerance       difference accepted (0 for single-threaded runs)
     */
    public record ReproduceReport(long originalRunId, @Nullable RunOutcome reproducedRun, List<String> changes,
                                  double maxDifference, int comparedCount, double tolerance) {

        /** True if the data matched and every metric is within the tolerance. */
        public boolean matches() {
            return changes.isEmpty() && reproducedRun != null && maxDifference <= tolerance;
        }
    }

    /**
     * Reproduces run {@code runId} of {@code database}.
     *
     * @throws org.dinexplorer.storage.StorageException if the run or the training set is missing
     */
    public ReproduceReport reproduce(Path database, long runId, TrainingObserver observer, BooleanSupplier stop) {
        RunStore store = stores.forDatabase(database);
        RunRecord original = store.require(runId);
        RunConfig config = RunConfig.fromJson(original.configJson());
        double tolerance = config.model().schedule().threads() == 1 ? 0 : MULTI_THREAD_TOLERANCE;
        TrainingData data = loader.load(database);
        if (!data.fingerprint().equals(original.dataFingerprint())) {
            return new ReproduceReport(runId, null, changes(database, original, data), Double.NaN, 0, tolerance);
        }
        RunOutcome again = training.start(database, config, runId, "reproduction of run " + runId, observer, stop,
                () -> false);
        List<double[]> pairs = pairs(store.curves(runId), store.curves(again.runId()));
        double max = 0;
        for (double[] pair : pairs) {
            boolean bothUndefined = Double.isNaN(pair[0]) && Double.isNaN(pair[1]);
            max = Math.max(max, bothUndefined ? 0 : Math.abs(pair[0] - pair[1]));
        }
        return new ReproduceReport(runId, again, List.of(), Double.isNaN(max) ? Double.POSITIVE_INFINITY : max,
                pairs.size(), tolerance);
    }

    /** Metric pairs of epoch-end validation points at the same epoch and of the test points. */
    private static List<double[]> pairs(RunCurves original, RunCurves again) {
        List<double[]> pairs = new ArrayList<>();
        for (EvaluationPoint a : original.evaluations()) {
            if (!a.epochEnd()) {
                continue;
            }
            for (EvaluationPoint b : again.evaluations()) {
                if (b.epochEnd() && b.split().equals(a.split()) && b.epoch() == a.epoch()) {
                    pairs.add(new double[] {a.auc(), b.auc()});
                    pairs.add(new double[] {a.gauc(), b.gauc()});
                    pairs.add(new double[] {a.logLoss(), b.logLoss()});
                    pairs.add(new double[] {a.accuracy(), b.accuracy()});
                    pairs.add(new double[] {a.trainLoss(), b.trainLoss()});
                }
            }
        }
        return pairs;
    }

    private static List<String> changes(Path database, RunRecord original, TrainingData data) {
        RunFiles files = original.runFolder() == null ? RunFiles.of(database, original.runId())
                : new RunFiles(Path.of(original.runFolder()));
        if (!Files.isRegularFile(files.fingerprint())) {
            return List.of("fingerprint " + original.dataFingerprint() + " -> " + data.fingerprint()
                    + " (the run folder keeps no fingerprint text to compare)");
        }
        try {
            Set<String> before = new LinkedHashSet<>(Files.readAllLines(files.fingerprint()));
            Set<String> now = new LinkedHashSet<>(data.fingerprintText().lines().toList());
            List<String> changes = new ArrayList<>();
            before.stream().filter(line -> !now.contains(line)).forEach(line -> changes.add("- " + line));
            now.stream().filter(line -> !before.contains(line)).forEach(line -> changes.add("+ " + line));
            if (changes.isEmpty()) {
                changes.add("fingerprint " + original.dataFingerprint() + " -> " + data.fingerprint());
            }
            return changes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + files.fingerprint() + ": " + e.getMessage(), e);
        }
    }
}
