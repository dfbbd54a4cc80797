package org.dinexplorer.model.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Buffers;
import org.dinexplorer.model.layers.Mlp;
import org.dinexplorer.model.layers.Param;

/**
 * The networks of the DIN paper's comparison: embeddings of every field, the behaviour history pooled into one
 * interest vector by a {@link HistoryPooling}, the top MLP over [fields | price | interest | mean btag]
 * ({@link InputLayout}) and a sigmoid. The subclasses differ in their pooling only.
 *
 * <p>Seeds: the seed is split, in this order, into the embedding tables' stream and the dense layers' stream; the
 * pooling draws its weights from the dense stream before the top MLP.
 */
public abstract class PooledHistoryNetwork implements Network, HistoryReadout {

    /** Builds the pooling of a network from its settings, its layout and the dense layers' random stream. */
    @FunctionalInterface
    interface PoolingFactory {
        HistoryPooling create(DinConfig config, InputLayout layout, SplittableRandom dense);
    }

    private final DinConfig config;
    private final FeatureSchema schema;
    private final InputLayout layout;
    private final BatchEmbedder embedder;
    private final HistoryPooling pooling;
    private final Mlp top;
    private final ClickOutput output = new ClickOutput();
    private float[] dQueries = new float[0];
    private float[] dKeys = new float[0];
    private float[] dInterest = new float[0];
    private final long[] phaseNanos = new long[Phase.values().length];

    PooledHistoryNetwork(DinConfig config, FeatureSchema schema, long seed, PoolingFactory poolingFactory) {
        this.config = config;
        this.schema = schema;
        NetworkConfig shape = config.network();
        this.layout = InputLayout.of(schema, shape.effectiveEmbeddingDim(), shape.historyContext());
        SplittableRandom random = new SplittableRandom(seed);
        this.embedder = new BatchEmbedder(schema, layout, random.split());
        SplittableRandom dense = random.split();
        this.pooling = poolingFactory.create(config, layout, dense);
        this.top = new Mlp("top", layout.width(), shape.effectiveMlpUnits(), 1, shape.activation(), dense);
    }

    @Override
    public DinConfig config() {
        return config;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(pooling.params());
        all.addAll(top.params());
        return all;
    }

    @Override
    public List<Param> state() {
        List<Param> all = new ArrayList<>(pooling.state());
        all.addAll(top.state());
        return all;
    }

    /** The embedding tables: user fields, ad fields, btag, and time gap with the history context. */
    @Override
    public List<SparseEmbeddingTable> tables() {
        return embedder.tables();
    }

    @Override
    public void countTrainingFrequencies(Iterator<Batch> batches) {
        while (batches.hasNext()) {
            embedder.countUses(batches.next());
        }
        tables().forEach(SparseEmbeddingTable::useCountedFrequencies);
    }

    @Override
    public float[] forward(Batch batch, boolean training) {
        int n = batch.size();
        long t0 = System.nanoTime();
        embedder.gather(batch);
        float[] input = embedder.input();
        long t1 = System.nanoTime();
        float[] interest = pooling.forward(embedder.queries(), embedder.keys(), embedder.rowStart(), n, training);
        int dim = layout.keyDim();
        for (int s = 0; s < n; s++) {
            System.arraycopy(interest, s * dim, input, s * layout.width() + layout.interestOffset(), dim);
        }
        long t2 = System.nanoTime();
        float[] out = top.forward(input, n, training);
        long t3 = System.nanoTime();
        phaseNanos[Phase.GATHER.ordinal()] += t1 - t0;
        phaseNanos[Phase.HISTORY_FORWARD.ordinal()] += t2 - t1;
        phaseNanos[Phase.TOP_FORWARD.ordinal()] += t3 - t2;
        return output.probabilities(out, n);
    }

    @Override
    public double backward(Batch batch) {
        int n = batch.size();
        float[] dLogits = output.lossGradient(batch);
        double loss = output.loss(batch);
        long t0 = System.nanoTime();
        float[] dInput = top.backward(dLogits, n, true);
        long t1 = System.nanoTime();
        backwardHistory(dInput, n);
        long t2 = System.nanoTime();
        embedder.scatter(batch, dInput, dQueries, dKeys);
        long t3 = System.nanoTime();
        phaseNanos[Phase.TOP_BACKWARD.ordinal()] += t1 - t0;
        phaseNanos[Phase.HISTORY_BACKWARD.ordinal()] += t2 - t1;
        phaseNanos[Phase.SCATTER.ordinal()] += t3 - t2;
        return loss;
    }

    @Override
    public double loss(Batch batch) {
        return output.loss(batch);
    }

    /** Gradients of the pooling's inputs from the interest columns of {@code dInput} [batch, W]. */
    private void backwardHistory(float[] dInput, int n) {
        int dim = layout.keyDim();
        int[] rowStart = embedder.rowStart();
        dInterest = Buffers.ensure(dInterest, n * dim);
        for (int s = 0; s < n; s++) {
            System.arraycopy(dInput, s * layout.width() + layout.interestOffset(), dInterest, s * dim, dim);
        }
        dQueries = Buffers.ensure(dQueries, n * layout.queryDim());
        Arrays.fill(dQueries, 0, n * layout.queryDim(), 0f);
        dKeys = Buffers.ensure(dKeys, rowStart[n] * dim);
        pooling.backward(dInterest, embedder.queries(), embedder.keys(), rowStart, n, dQueries, dKeys);
    }

    /** Nanoseconds spent in each {@link Phase} since the network was created (reading it costs nothing). */
    @Override
    public long phaseNanos(Phase phase) {
        return phaseNanos[phase.ordinal()];
    }

    @Override
    public Optional<HistoryReadout> historyReadout() {
        return Optional.of(this);
    }

    @Override
    public float[] weights() {
        return pooling.weights();
    }

    @Override
    public int[] rowStart() {
        return embedder.rowStart();
    }

    @Override
    public int[] rowPosition() {
        return embedder.rowPosition();
    }

    @Override
    public float[] interest(int sample) {
        int dim = layout.keyDim();
        float[] out = new float[dim];
        System.arraycopy(embedder.input(), sample * layout.width() + layout.interestOffset(), out, 0, dim);
        return out;
    }
}
