package org.dinexplorer.model.embedding;

import org.dinexplorer.model.optimizer.UpdateRule;

/**
 * An embedding table that a network reads row by row and updates sparsely. Row 0 is padding and row 1 "unknown" by
 * the data's convention; the store treats them like any other row.
 */
public interface EmbeddingStore {

    /** Table id (a field id of the schema, or {@code btag}). */
    String name();

    /** Number of rows. */
    int rows();

    /** Values per row. */
    int dim();

    /** Copies row {@code row} into {@code target[offset .. offset + dim)}. */
    void gather(int row, float[] target, int offset);

    /** Adds {@code source[offset .. offset + dim)} to the pending gradient of row {@code row}. */
    void accumulate(int row, float[] source, int offset);

    /** Rows with a pending gradient. */
    int touchedRowCount();

    /**
     * Applies one optimizer step to the rows with a pending gradient only (lazy updates: untouched rows keep their
     * values and state slots), then clears the pending gradients.
     *
     * @param rule       the update rule of this step
     * @param l2         mini-batch-aware L2 strength; each touched row gets {@code l2 * count / batchSize * w}
     *                   added to its gradient, count = the row's occurrences in the batch
     * @param batchSize  samples in the batch
     */
    void applyLazy(UpdateRule rule, float l2, int batchSize);

    /** Values [rows * dim] (the live array). */
    float[] values();

    /** First optimizer state slots, Adam's first moments [rows * dim] (the live array). */
    float[] firstMoments();

    /** Second optimizer state slots, Adam's second moments [rows * dim] (the live array). */
    float[] secondMoments();
}
