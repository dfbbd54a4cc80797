package org.dinexplorer.model.network;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;

/**
 * A CTR network: click probabilities for a batch, the gradients of the mean binary cross-entropy, and the arrays a
 * model file saves. The trainer, the optimizer, model files, exports and benchmarks see networks through this
 * interface only; {@link NetworkRegistry} builds the one a config names. Capabilities only some networks have are
 * optional methods ({@link #historyReadout()}), never checks of the concrete class.
 *
 * <p>Implementations are not thread-safe: they reuse their work arrays from batch to batch.
 */
public interface Network {

    /** The settings the network was built from. */
    DinConfig config();

    /** Fields, vocabulary sizes and history length of the inputs. */
    FeatureSchema schema();

    /**
     * Forward pass: click probabilities [batch], strictly inside (0, 1) (the returned array is owned by the network,
     * valid until the next call, and may be longer than the batch).
     *
     * @param training use batch statistics where a layer has them and keep what {@link #backward} needs
     */
    float[] forward(Batch batch, boolean training);

    /**
     * Backward pass of the last training-mode {@link #forward} of the same batch for the mean binary cross-entropy:
     * accumulates gradients into {@link #params()} and the tables' pending rows, and returns the loss.
     */
    double backward(Batch batch);

    /** Mean binary cross-entropy of the last forward pass against the batch labels. */
    double loss(Batch batch);

    /** Dense trainable parameters in a fixed order (names are unique: they key the arrays of a model file). */
    List<Param> params();

    /** Non-trainable arrays saved with the model (such as running statistics), in a fixed order. */
    List<Param> state();

    /** The embedding tables in a fixed order (names are unique). */
    List<SparseEmbeddingTable> tables();

    /**
     * Counts how often each embedding row is used by the samples of {@code batches} (a pass over the training
     * split) and switches every table to the frequency-adaptive L2 rule with those counts.
     */
    void countTrainingFrequencies(Iterator<Batch> batches);

    /** Nanoseconds spent in {@code phase} since the network was created; 0 for a network that does not time it. */
    default long phaseNanos(Phase phase) {
        return 0;
    }

    /** Per-behaviour weights of the last forward pass, for networks that pool the history with weights. */
    default Optional<HistoryReadout> historyReadout() {
        return Optional.empty();
    }
}
