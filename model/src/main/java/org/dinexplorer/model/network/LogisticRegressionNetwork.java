package org.dinexplorer.model.network;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.data.FeatureSchema;

/**
 * Logistic regression in the baseline's frame: every embedding has size 1 (one weight per feature value), the
 * history is pooled uniformly ({@link UniformHistory}), and the top "MLP" has no hidden layer, so the logit is a
 * weighted sum of the inputs. The sizes come from {@link NetworkConfig#effectiveEmbeddingDim} and
 * {@link NetworkConfig#effectiveMlpUnits}, which ignore the configured ones for this variant.
 */
public final class LogisticRegressionNetwork extends PooledHistoryNetwork {

    /**
     * A freshly initialised network.
     *
     * @param config settings (pooling, history context; embedding size and hidden layers are ignored)
     * @param schema fields and vocabulary sizes
     * @param seed   seed of the initial weights
     */
    public LogisticRegressionNetwork(DinConfig config, FeatureSchema schema, long seed) {
        super(config, schema, seed, (c, layout, dense) -> new UniformHistory(c, layout));
    }
}
