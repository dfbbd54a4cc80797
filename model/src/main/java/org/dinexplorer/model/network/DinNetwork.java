package org.dinexplorer.model.network;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.FeatureSchema;

/**
 * Deep Interest Network (Zhou et al., KDD 2018): embeddings, the local activation unit over the real behaviours
 * against the candidate ad, weighted-sum pooling ({@link AttentionHistory}), top MLP, sigmoid. Its
 * {@link #historyReadout()} weights are the attention weights.
 */
public final class DinNetwork extends PooledHistoryNetwork {

    /**
     * A freshly initialised network.
     *
     * @param config settings (sizes, activation, softmax, history context)
     * @param schema fields and vocabulary sizes
     * @param seed   seed of the initial weights
     */
    public DinNetwork(DinConfig config, FeatureSchema schema, long seed) {
        super(config, schema, seed, AttentionHistory::new);
    }
}
