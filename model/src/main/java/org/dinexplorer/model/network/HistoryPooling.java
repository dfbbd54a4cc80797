package org.dinexplorer.model.network;

import java.util.List;
import org.dinexplorer.model.layers.Param;

/**
 * How a {@link PooledHistoryNetwork} turns the keys of a sample's real behaviours into one interest vector: the part
 * in which DIN (attention) and the baseline (uniform weights) differ. Keys are [rows, D] with the rows of sample s at
 * {@code rowStart[s] .. rowStart[s + 1]}; queries are [batch, Q], the candidate ad's [cate ; brand].
 */
interface HistoryPooling {

    /** Interest vectors [batch, D] (owned by the pooling, valid until the next call). */
    float[] forward(float[] queries, float[] keys, int[] rowStart, int batch, boolean training);

    /**
     * Backward of the last training-mode {@link #forward}: from {@code dInterest} [batch, D] writes {@code dKeys}
     * [rows, D] and adds to {@code dQueries} [batch, Q], which the caller has zeroed.
     */
    void backward(float[] dInterest, float[] queries, float[] keys, int[] rowStart, int batch, float[] dQueries,
                  float[] dKeys);

    /** Weight of each row in the last forward pass [rows]. */
    float[] weights();

    /** Trainable parameters of the pooling, in a fixed order. */
    List<Param> params();

    /** Non-trainable arrays saved with the model. */
    List<Param> state();
}
