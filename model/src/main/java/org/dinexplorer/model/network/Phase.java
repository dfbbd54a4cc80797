package org.dinexplorer.model.network;

/** Parts of a training step that {@link PooledHistoryNetwork} times for profiles. */
public enum Phase {
    /** Gathering embedding rows into the dense input, query and key arrays. */
    GATHER,
    /** DIN: local activation unit and weighted pooling; BASE/LR: mean or sum pooling. */
    HISTORY_FORWARD,
    /** Top MLP forward pass. */
    TOP_FORWARD,
    /** Top MLP backward pass. */
    TOP_BACKWARD,
    /** Backward pass of the pooling and, for DIN, the local activation unit. */
    HISTORY_BACKWARD,
    /** Scattering the gradients back to the embedding rows. */
    SCATTER
}
