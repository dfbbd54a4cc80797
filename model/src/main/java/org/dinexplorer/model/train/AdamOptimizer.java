package org.dinexplorer.model.train;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;
import org.dinexplorer.model.network.DinNetwork;
import org.dinexplorer.model.optimizer.AdamStep;

/**
 * Adam over a network: dense parameters get a full step, embedding tables a lazy step on the rows the batch touched
 * (with the optional mini-batch-aware L2). The moments live with the parameters; this object keeps the step count.
 */
public final class AdamOptimizer {

    private final float learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float embeddingL2;
    private long step;

    /**
     * @param config     learning rate, betas, epsilon and embedding L2
     * @param stepsTaken steps already taken (0 for a new run, the saved count when resuming)
     */
    public AdamOptimizer(DinConfig config, long stepsTaken) {
        this.learningRate = (float) config.learningRate();
        this.beta1 = (float) config.beta1();
        this.beta2 = (float) config.beta2();
        this.epsilon = (float) config.adamEpsilon();
        this.embeddingL2 = (float) config.embeddingL2();
        this.step = stepsTaken;
    }

    /** Steps taken so far. */
    public long step() {
        return step;
    }

    /** Applies the accumulated gradients of one batch of {@code batchSize} samples and clears them. */
    public void apply(DinNetwork network, int batchSize) {
        step++;
        float stepSize = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step)));
        AdamStep adam = new AdamStep(stepSize, beta1, beta2, epsilon);
        for (Param p : network.params()) {
            p.adamStep(adam);
            p.zeroGrad();
        }
        for (SparseEmbeddingTable table : network.tables()) {
            table.applyLazyAdam(adam, embeddingL2, batchSize);
        }
    }
}
