package org.dinexplorer.model.embedding;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.dinexplorer.model.optimizer.UpdateRule;
import org.jspecify.annotations.Nullable;

/**
 * An embedding table in three flat float arrays (values and the optimizer's two state slots, Adam's moments) with
 * lazy, row-wise updates: a step costs time proportional to the rows the batch touched, not to the table size.
 */
public final class SparseEmbeddingTable implements EmbeddingStore {

    private final String name;
    private final int rows;
    private final int dim;
    private final float[] values;
    private final float[] m;
    private final float[] v;
    private final RowGradients pending;
    /** Uses of each row in the training split, while counted; null otherwise. */
    private int @Nullable [] uses;
    /** Per-row L2 factor 1/n_j of the frequency-adaptive rule; null for the rule of uses in the batch. */
    private float @Nullable [] l2Scale;

    /**
     * A table with values drawn uniformly from [-0.05, 0.05).
     *
     * @param name   table id
     * @param rows   number of rows, at least 1, and {@code rows * dim} at most {@code Integer.MAX_VALUE - 8}
     * @param dim    values per row, at least 1
     * @param random source of the initial values
     */
    public SparseEmbeddingTable(String name, int rows, int dim, SplittableRandom random) {
        if ((long) rows * dim > Integer.MAX_VALUE - 8L) {
            throw new IllegalArgumentException("embedding table '" + name + "' too large: " + rows + " x " + dim);
        }
        this.name = name;
        this.rows = rows;
        this.dim = dim;
        this.values = new float[rows * dim];
        this.m = new float[rows * dim];
        this.v = new float[rows * dim];
        this.pending = new RowGradients(dim);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(-0.05, 0.05);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public void gather(int row, float[] target, int offset) {
        System.arraycopy(values, checkRow(row) * dim, target, offset, dim);
    }

    @Override
    public void accumulate(int row, float[] source, int offset) {
        pending.add(checkRow(row), source, offset);
    }

    @Override
    public int touchedRowCount() {
        return pending.used();
    }

    /** Counts one use of {@code row} by a training sample; call {@link #useCountedFrequencies} after the last. */
    public void countUse(int row) {
        if (uses == null) {
            uses = new int[rows];
        }
        uses[checkRow(row)]++;
    }

    /** Uses of {@code row} counted so far (0 before counting or after {@link #useCountedFrequencies}). */
    public int countedUses(int row) {
        return uses == null ? 0 : uses[checkRow(row)];
    }

    /**
     * From now on, L2 decays each row j a batch uses by λ/n_j, n_j its counted uses (the DIN paper's mini-batch
     * aware regularisation); a row never counted decays as one used once.
     */
    public void useCountedFrequencies() {
        l2Scale = new float[rows];
        for (int row = 0; row < rows; row++) {
            l2Scale[row] = 1f / Math.max(1, uses == null ? 0 : uses[row]);
        }
        uses = null;
    }

    @Override
    public void applyLazy(UpdateRule rule, float l2, int batchSize) {
        float[] g = pending.grads();
        for (int slot = 0; slot < pending.used(); slot++) {
            int base = pending.row(slot) * dim;
            float decay = l2Scale == null ? l2 * pending.count(slot) / batchSize : l2 * l2Scale[pending.row(slot)];
            int go = slot * dim;
            // L2 enters as a gradient term (the pending gradients are cleared after this step anyway); without L2,
            // the default, the row is not read twice
            for (int d = 0; decay != 0 && d < dim; d++) {
                g[go + d] += decay * values[base + d];
            }
            rule.apply(values, m, v, base, g, go, dim);
        }
        pending.clear();
    }

    /**
     * One step over every row (untouched rows get a zero gradient), as a framework without sparse updates does.
     * Kept only to measure what lazy updates save; training never calls it.
     */
    public void applyDense(UpdateRule rule) {
        BitSet touched = new BitSet(rows);
        for (int slot = 0; slot < pending.used(); slot++) {
            touched.set(pending.row(slot));
        }
        float[] zeroGradient = new float[dim];
        for (int row = touched.nextClearBit(0); row < rows; row = touched.nextClearBit(row + 1)) {
            rule.apply(values, m, v, row * dim, zeroGradient, 0, dim);
        }
        applyLazy(rule, 0f, 1);
    }

    /** A copy of the pending gradient of {@code row} (zeros when the row was not touched); for checks and tests. */
    public float[] pendingGradient(int row) {
        float[] out = new float[dim];
        for (int slot = 0; slot < pending.used(); slot++) {
            if (pending.row(slot) == row) {
                System.arraycopy(pending.grads(), slot * dim, out, 0, dim);
            }
        }
        return out;
    }

    @Override
    public float[] values() {
        return values;
    }

    @Override
    public float[] firstMoments() {
        return m;
    }

    @Override
    public float[] secondMoments() {
        return v;
    }

    private int checkRow(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("index " + row + " outside embedding table '" + name + "' of "
                    + rows + " rows");
        }
        return row;
    }
}
