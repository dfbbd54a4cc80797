package org.dinexplorer.model.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.network.DinModel;
import org.jspecify.annotations.Nullable;

/**
 * Where a run saves its checkpoints and when one is due within an epoch: once {@code interval} of time has passed
 * since the last one (or since the start). Without a file nothing is saved and nothing is ever due.
 */
final class Checkpoints {

    /**
     * Time between checkpoints within an epoch, so that a killed process loses at most this much work. At
     * full size an epoch takes more than an hour and its checkpoint (weights and Adam moments, 520 MB) about 17 s to
     * write, so this costs about 3 % of the training time; an epoch of a smaller data set ends before it matters.
     */
    static final Duration INTERVAL = Duration.ofMinutes(10);

    private final LongSupplier nanoTime;
    private @Nullable Path file;
    private String fingerprint = "";
    private Duration interval;
    private long lastNanos;

    Checkpoints(Duration interval, LongSupplier nanoTime) {
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.lastNanos = nanoTime.getAsLong();
    }

    void saveTo(Path target, String datasetFingerprint) {
        this.file = target;
        this.fingerprint = datasetFingerprint;
    }

    void every(Duration between) {
        this.interval = between;
    }

    /** Fingerprint of the training data, also stored in the best model. */
    String fingerprint() {
        return fingerprint;
    }

    /** True when a file is set and the interval has passed since the last checkpoint. */
    boolean due() {
        return file != null && nanoTime.getAsLong() - lastNanos >= interval.toNanos();
    }

    /** Writes the model with its optimizer state and {@code state}, atomically; does nothing without a file. */
    void save(DinModel model, TrainingState state) {
        if (file != null) {
            ModelFile.save(file, model, fingerprint, state, true);
            lastNanos = nanoTime.getAsLong();
        }
    }
}
