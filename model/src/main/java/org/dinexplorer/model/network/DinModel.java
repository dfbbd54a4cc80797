package org.dinexplorer.model.network;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;

/**
 * A CTR model ready for predictions, and the network it wraps (built by {@link NetworkRegistry} for the config's
 * variant). Not thread-safe: one caller at a time (the network reuses its work arrays).
 */
public final class DinModel {

    /**
     * Samples per batch when reading a whole split (evaluation, predictions, the frequency count), whatever the
     * training batch: a sample's score does not depend on the other samples of its batch, and with training's
     * default of 32 the 20 validation passes of an epoch on {@code small} took 94 s against the epoch's 137 s of
     * training (one run on a busy machine).
     */
    public static final int SCORING_BATCH = 1024;

    private final Network network;

    /**
     * A freshly initialised model.
     *
     * @param config settings
     * @param schema fields and vocabulary sizes
     * @param seed   seed of the initial weights
     * @throws IllegalArgumentException when no network is registered under the config's variant
     */
    public DinModel(DinConfig config, FeatureSchema schema, long seed) {
        this.network = NetworkRegistry.create(config, schema, seed);
    }

    /** The settings. */
    public DinConfig config() {
        return network.config();
    }

    /** The schema. */
    public FeatureSchema schema() {
        return network.schema();
    }

    /** The network (for training, inspection and model files inside this module). */
    public Network network() {
        return network;
    }

    /**
     * Click probabilities of every sample of the batch, strictly inside (0, 1), in batch order.
     *
     * @throws IllegalArgumentException when the batch does not match the model's schema
     */
    public float[] predict(Batch batch) {
        requireCompatible(batch);
        float[] p = network.forward(batch, false);
        return java.util.Arrays.copyOf(p, batch.size());
    }

    /**
     * Checks that the batch has the schema's field counts and history length; the message names expected and found.
     */
    public void requireCompatible(Batch batch) {
        FeatureSchema schema = schema();
        if (batch.userFeatures().length != schema.userFields().size()
                || batch.adFeatures().length != schema.adFields().size()
                || batch.historyLength() != schema.historyLength()) {
            throw new IllegalArgumentException("batch does not match the model's schema: expected "
                    + schema.userFields().size() + " user fields, " + schema.adFields().size()
                    + " ad fields and history length " + schema.historyLength() + ", found "
                    + batch.userFeatures().length + ", " + batch.adFeatures().length + " and "
                    + batch.historyLength());
        }
    }
}
