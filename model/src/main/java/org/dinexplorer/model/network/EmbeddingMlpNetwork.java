package org.dinexplorer.model.network;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.FeatureSchema;

/**
 * The Embedding&amp;MLP baseline of the DIN paper: DIN without attention, the history keys mean- (or sum-) pooled
 * ({@link UniformHistory}) whatever the candidate ad. Its {@link #historyReadout()} weights are 1/len (or 1).
 */
public final class EmbeddingMlpNetwork extends PooledHistoryNetwork {

    /**
     * A freshly initialised network.
     *
     * @param config settings (sizes, activation, pooling, history context)
     * @param schema fields and vocabulary sizes
     * @param seed   seed of the initial weights
     */
    public EmbeddingMlpNetwork(DinConfig config, FeatureSchema schema, long seed) {
        super(config, schema, seed, (c, layout, dense) -> new UniformHistory(c, layout));
    }
}
