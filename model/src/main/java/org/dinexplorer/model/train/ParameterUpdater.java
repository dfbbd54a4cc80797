package org.dinexplorer.model.train;

import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;
import org.dinexplorer.model.network.Network;
import org.dinexplorer.model.optimizer.Adam;
import org.dinexplorer.model.optimizer.Optimizer;
import org.dinexplorer.model.optimizer.UpdateRule;

/**
 * Applies an {@link Optimizer}'s steps to a network: dense parameters get a full update, embedding tables a lazy
 * update of the rows the batch touched (with the optional mini-batch-aware L2). The optimizer's state slots live with
 * the parameters, so a model file saves them; the optimizer keeps the step count.
 */
public final class ParameterUpdater {

    private final Optimizer optimizer;
    private final float embeddingL2;

    /**
     * @param optimizer   the rule of each step
     * @param embeddingL2 L2 strength on the embedding rows a batch uses (0 = off)
     */
    public ParameterUpdater(Optimizer optimizer, float embeddingL2) {
        this.optimizer = optimizer;
        this.embeddingL2 = embeddingL2;
    }

    /** Adam with {@code config}'s learning rate, betas, epsilon and embedding L2, {@code stepsTaken} steps in. */
    public static ParameterUpdater adam(OptimizerConfig config, long stepsTaken) {
        return new ParameterUpdater(new Adam((float) config.learningRate(), (float) config.beta1(),
                (float) config.beta2(), (float) config.adamEpsilon(), stepsTaken), (float) config.embeddingL2());
    }

    /** Steps taken so far. */
    public long step() {
        return optimizer.steps();
    }

    /** Applies the accumulated gradients of one batch of {@code batchSize} samples and clears them. */
    public void apply(Network network, int batchSize) {
        UpdateRule rule = optimizer.nextStep();
        for (Param p : network.params()) {
            p.update(rule);
            p.zeroGrad();
        }
        for (SparseEmbeddingTable table : network.tables()) {
            table.applyLazy(rule, embeddingL2, batchSize);
        }
    }
}
