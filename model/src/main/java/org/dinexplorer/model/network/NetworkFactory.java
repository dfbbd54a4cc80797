package org.dinexplorer.model.network;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.FeatureSchema;

/** Builds a freshly initialised network of one kind; registered under its variant in {@link NetworkRegistry}. */
@FunctionalInterface
public interface NetworkFactory {

    /**
     * @param config settings (sizes, activation, options)
     * @param schema fields and vocabulary sizes
     * @param seed   seed of the initial weights
     */
    Network create(DinConfig config, FeatureSchema schema, long seed);
}
