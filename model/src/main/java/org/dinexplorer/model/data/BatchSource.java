package org.dinexplorer.model.data;

/**
 * A split of encoded samples that the trainer and the evaluator read in batches. Implementations live outside the
 * model module (the app adapts the storage module's sample reader), so the model never sees a database.
 */
public interface BatchSource {

    /** The schema every batch of this source follows. */
    FeatureSchema schema();

    /** Number of samples in the split. */
    long sampleCount();

    /**
     * All samples in an order shuffled by {@code seed}: the same seed gives the same order.
     *
     * @param batchSize samples per batch (the last batch may be smaller), at least 1
     * @param seed      shuffle seed
     */
    BatchStream shuffled(int batchSize, long seed);

    /**
     * All samples in the source's stable order (the order predictions are reported in).
     *
     * @param batchSize samples per batch (the last batch may be smaller), at least 1
     */
    BatchStream ordered(int batchSize);
}
