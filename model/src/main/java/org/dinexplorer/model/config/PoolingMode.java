package org.dinexplorer.model.config;

/** How the baseline pools the history embeddings into one vector. */
public enum PoolingMode {
    /** Average over the real (non-padded) behaviours; an empty history gives a zero vector. */
    MEAN,
    /** Sum over the real behaviours. */
    SUM
}
