package org.dinexplorer.app.service.training;

import java.util.Locale;
import java.util.Optional;

/**
 * Warns when a batch size leaves few optimizer steps per epoch: on training sets of the demo's size a batch of 32
 * learns far more in an epoch than the paper's large batches (docs/RESULTS.md). Shared by the Train page and the CLI.
 */
public final class BatchAdvice {

    /** Fewer optimizer steps per epoch than this bring the advice. */
    public static final int FEW_STEPS_PER_EPOCH = 500;
    /** The batch size the advice suggests. */
    public static final int SMALL_BATCH = 32;

    private BatchAdvice() {
    }

    /** The advice for {@code trainSamples} training samples at {@code batchSize}, or empty when there is none. */
    public static Optional<String> forBatch(long trainSamples, long batchSize) {
        if (batchSize <= SMALL_BATCH || trainSamples <= 0) {
            return Optional.empty();
        }
        long steps = (trainSamples + batchSize - 1) / batchSize;
        if (steps >= FEW_STEPS_PER_EPOCH) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "Only %,d steps per epoch at batch %,d: on a training set this "
                + "small a batch of %d learns far more per epoch.", steps, batchSize, SMALL_BATCH));
    }
}
