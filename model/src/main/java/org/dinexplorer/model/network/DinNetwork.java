package org.dinexplorer.model.network;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.AttentionPooling;
import org.dinexplorer.model.layers.Buffers;
import org.dinexplorer.model.layers.LocalActivationUnit;
import org.dinexplorer.model.layers.Mlp;
import org.dinexplorer.model.layers.Param;

/**
 * One of the three CTR networks with its forward and backward pass. DIN: embeddings, local activation unit over the
 * real behaviours, weighted-sum pooling, top MLP, sigmoid. BASE: the same with the history [cate ; brand] embeddings
 * mean- (or sum-) pooled instead of attention. LR: BASE with embedding size 1 and no hidden layer.
 *
 * <p>Not thread-safe: it reuses its work arrays from batch to batch. Probabilities are clipped to
 * [1e-7, 1 - 1e-7] so that they are strictly inside (0, 1) in single precision.
 */
public final class DinNetwork {

    /** Lower clip of predicted probabilities; the upper clip is {@code 1 - MIN_PROBABILITY}. */
    public static final float MIN_PROBABILITY = 1e-7f;

    private final DinConfig config;
    private final FeatureSchema schema;
    private final InputLayout layout;
    private final BatchEmbedder embedder;
    private final LocalActivationUnit attention;
    private final AttentionPooling pooling;
    private final Mlp top;
    private float[] logits = new float[0];
    private float[] probabilities = new float[0];
    private float[] dLogits = new float[0];
    private float[] dQueries = new float[0];
    private float[] dKeys = new float[0];
    private float[] dInterest = new float[0];
    private float[] scratch;
    private float[] poolWeights = new float[0];
    private float[] pooled = new float[0];
    private final long[] phaseNanos = new long[Phase.values().length];

    /**
     * A freshly initialised network.
     *
     * @param config settings (variant, sizes, activation)
     * @param schema fields and vocabulary sizes
     * @param seed   seed of the initial weights
     */
    public DinNetwork(DinConfig config, FeatureSchema schema, long seed) {
        this.config = config;
        this.schema = schema;
        this.layout = InputLayout.of(schema, config.effectiveEmbeddingDim(), config.historyContext());
        SplittableRandom random = new SplittableRandom(seed);
        this.embedder = new BatchEmbedder(schema, layout, random.split());
        SplittableRandom dense = random.split();
        if (config.variant() == ModelVariant.DIN) {
            this.attention = new LocalActivationUnit("attention", layout.queryDim(), layout.keyDim(),
                    config.attentionUnits(),
                    config.activation(), dense);
            this.pooling = new AttentionPooling(layout.keyDim(), config.attentionSoftmax());
        } else {
            this.attention = null;
            this.pooling = null;
        }
        this.top = new Mlp("top", layout.width(), config.effectiveMlpUnits(), 1, config.activation(), dense);
        this.scratch = new float[layout.dim()];
    }

    /** The settings. */
    public DinConfig config() {
        return config;
    }

    /** The schema. */
    public FeatureSchema schema() {
        return schema;
    }

    /** Column layout of the top-MLP input. */
    public InputLayout layout() {
        return layout;
    }

    /** Dense trainable parameters in a fixed order (names are unique). */
    public List<Param> params() {
        List<Param> all = new ArrayList<>();
        if (attention != null) {
            all.addAll(attention.params());
        }
        all.addAll(top.params());
        return all;
    }

    /** Non-trainable state saved with the model (Dice running statistics). */
    public List<Param> state() {
        List<Param> all = new ArrayList<>();
        if (attention != null) {
            all.addAll(attention.state());
        }
        all.addAll(top.state());
        return all;
    }

    /** The embedding tables in a fixed order (user fields, ad fields, btag). */
    public List<SparseEmbeddingTable> tables() {
        return embedder.tables();
    }

    /**
     * Counts how often each embedding row is used by the samples of {@code batches} (a pass over the training
     * split) and switches every table to the frequency-adaptive L2 rule with those counts.
     */
    public void countTrainingFrequencies(Iterator<Batch> batches) {
        while (batches.hasNext()) {
            embedder.countUses(batches.next());
        }
        tables().forEach(SparseEmbeddingTable::useCountedFrequencies);
    }

    /**
     * Forward pass: click probabilities [batch] (the returned array is owned by the network, valid until the next
     * call, and may be longer than the batch).
     *
     * @param training use batch statistics in Dice and keep what {@link #backward} needs
     */
    public float[] forward(Batch batch, boolean training) {
        int n = batch.size();
        long t0 = System.nanoTime();
        embedder.gather(batch);
        float[] input = embedder.input();
        int[] rowStart = embedder.rowStart();
        long t1 = System.nanoTime();
        if (attention != null) {
            float[] scores = attention.forward(embedder.queries(), embedder.keys(), rowStart, n, training);
            pooling.forward(scores, embedder.keys(), rowStart, n);
            copyInterest(pooling.interest(), input, n);
        } else {
            copyInterest(poolUniform(n), input, n);
        }
        long t2 = System.nanoTime();
        float[] out = top.forward(input, n, training);
        long t3 = System.nanoTime();
        phaseNanos[Phase.GATHER.ordinal()] += t1 - t0;
        phaseNanos[Phase.HISTORY_FORWARD.ordinal()] += t2 - t1;
        phaseNanos[Phase.TOP_FORWARD.ordinal()] += t3 - t2;
        logits = Buffers.ensure(logits, n);
        probabilities = Buffers.ensure(probabilities, n);
        for (int s = 0; s < n; s++) {
            logits[s] = out[s];
            float p = (float) (1 / (1 + Math.exp(-out[s])));
            probabilities[s] = Math.min(1 - MIN_PROBABILITY, Math.max(MIN_PROBABILITY, p));
        }
        return probabilities;
    }

    /** Mean (or sum) of the keys of each sample: the baseline's pooling, weight 1/len (or 1) per real behaviour. */
    private float[] poolUniform(int n) {
        int[] rowStart = embedder.rowStart();
        float[] keys = embedder.keys();
        int dim = layout.keyDim();
        poolWeights = Buffers.ensure(poolWeights, Math.max(rowStart[n], 1));
        pooled = Buffers.ensure(pooled, n * dim);
        java.util.Arrays.fill(pooled, 0, n * dim, 0f);
        for (int s = 0; s < n; s++) {
            int real = rowStart[s + 1] - rowStart[s];
            float w = config.basePooling() == PoolingMode.SUM ? 1f : 1f / Math.max(real, 1);
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                poolWeights[r] = w;
                for (int d = 0; d < dim; d++) {
                    pooled[s * dim + d] += w * keys[r * dim + d];
                }
            }
        }
        return pooled;
    }

    private void copyInterest(float[] interest, float[] input, int n) {
        int dim = layout.keyDim();
        for (int s = 0; s < n; s++) {
            System.arraycopy(interest, s * dim, input, s * layout.width() + layout.interestOffset(), dim);
        }
    }

    /**
     * Backward pass of the last training-mode {@link #forward} of the same batch for the mean binary cross-entropy;
     * accumulates gradients into the parameters and the embedding tables' pending rows and returns the loss.
     */
    public double backward(Batch batch) {
        int n = batch.size();
        dLogits = Buffers.ensure(dLogits, n);
        for (int s = 0; s < n; s++) {
            dLogits[s] = (float) ((1 / (1 + Math.exp(-logits[s])) - batch.labels()[s]) / n);
        }
        double loss = loss(batch);
        long t0 = System.nanoTime();
        float[] dInput = top.backward(dLogits, n, true);
        long t1 = System.nanoTime();
        backwardHistory(dInput, n);
        long t2 = System.nanoTime();
        embedder.scatter(batch, dInput, dQueries, dKeys, scratch);
        long t3 = System.nanoTime();
        phaseNanos[Phase.TOP_BACKWARD.ordinal()] += t1 - t0;
        phaseNanos[Phase.HISTORY_BACKWARD.ordinal()] += t2 - t1;
        phaseNanos[Phase.SCATTER.ordinal()] += t3 - t2;
        return loss;
    }

    /**
     * Mean binary cross-entropy of the last forward pass's logits against the batch labels, computed from the
     * logits in double precision (stable for large |logit|, no clipping).
     */
    public double loss(Batch batch) {
        double loss = 0;
        for (int s = 0; s < batch.size(); s++) {
            double z = logits[s];
            loss += Math.max(z, 0) - z * batch.labels()[s] + Math.log1p(Math.exp(-Math.abs(z)));
        }
        return loss / batch.size();
    }

    private void backwardHistory(float[] dInput, int n) {
        int dim = layout.keyDim();
        int[] rowStart = embedder.rowStart();
        int rows = rowStart[n];
        dInterest = Buffers.ensure(dInterest, n * dim);
        for (int s = 0; s < n; s++) {
            System.arraycopy(dInput, s * layout.width() + layout.interestOffset(), dInterest, s * dim, dim);
        }
        dQueries = Buffers.ensure(dQueries, n * layout.queryDim());
        java.util.Arrays.fill(dQueries, 0, n * layout.queryDim(), 0f);
        dKeys = Buffers.ensure(dKeys, rows * dim);
        float[] keys = embedder.keys();
        if (attention != null) {
            float[] dScores = pooling.backward(dInterest, keys, rowStart, n, dKeys);
            attention.backward(dScores, embedder.queries(), keys, rowStart, n, dQueries, dKeys);
            return;
        }
        for (int s = 0; s < n; s++) {
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                for (int d = 0; d < dim; d++) {
                    dKeys[r * dim + d] = poolWeights[r] * dInterest[s * dim + d];
                }
            }
        }
    }

    /**
     * Nanoseconds spent in each {@link Phase} since the network was created (a profile for benchmarks; reading it
     * costs nothing).
     */
    public long phaseNanos(Phase phase) {
        return phaseNanos[phase.ordinal()];
    }

    /** Logits [batch] of the last forward pass (owned by the network). */
    public float[] logits() {
        return logits;
    }

    /**
     * Per-behaviour weights of the last forward pass [rows] (attention weights for DIN, pooling weights for the
     * baseline), rows as in {@link #rowStart()} and {@link #rowPosition()}.
     */
    public float[] historyWeights() {
        return attention != null ? pooling.weights() : poolWeights;
    }

    /** {@code rowStart[s] .. rowStart[s + 1]} are the real-behaviour rows of sample s in the last forward pass. */
    public int[] rowStart() {
        return embedder.rowStart();
    }

    /** History position (0..L-1) of each real-behaviour row of the last forward pass. */
    public int[] rowPosition() {
        return embedder.rowPosition();
    }

    /** Interest vector [D] of sample {@code sample} in the last forward pass (a copy). */
    public float[] interest(int sample) {
        int dim = layout.keyDim();
        float[] out = new float[dim];
        System.arraycopy(embedder.input(), sample * layout.width() + layout.interestOffset(), out, 0, dim);
        return out;
    }
}
