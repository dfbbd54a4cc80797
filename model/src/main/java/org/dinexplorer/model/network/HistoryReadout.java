package org.dinexplorer.model.network;

/**
 * What a network that pools the behaviour history with one weight per behaviour can tell about its last forward pass:
 * the weights (DIN's attention, the baseline's 1/len), where each sample's behaviours are, and the pooled interest
 * vectors. Only the real behaviours have rows: sample s owns rows {@code rowStart[s] .. rowStart[s + 1]}.
 */
public interface HistoryReadout {

    /** Weight of each real-behaviour row [rows] (owned by the network). */
    float[] weights();

    /** {@code rowStart[s] .. rowStart[s + 1]} are the rows of sample s; [batch + 1]. */
    int[] rowStart();

    /** History position (0..L-1) of each row [rows]. */
    int[] rowPosition();

    /** Pooled interest vector [D] of sample {@code sample} (a copy). */
    float[] interest(int sample);
}
