package org.dinexplorer.model.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.ActivationKind;

/**
 * The local activation unit of DIN (Zhou et al., KDD 2018, figure 2): scores each past behaviour key {@code k_i}
 * against the candidate ad's query {@code q} with an MLP over {@code [q, k_i, q - k_i, q (.) k_i]}.
 *
 * <p>Shapes: queries [batch, D], keys [rows, D] where the rows hold only the real (non-padded) behaviours, sample by
 * sample ({@code rowStart[s] .. rowStart[s + 1]}); output scores [rows]. Padded positions are never scored.
 *
 * <p>The first layer never builds the [rows, 4D] input: {@code W.[q; k; q - k; q (.) k] = (Wq + Wd).q +
 * (Wk - Wd).k + Wp.(q (.) k)}, so the query term is computed once per sample and only [k, q (.) k] ([rows, 2D]) goes
 * through the large product. The parameters keep the paper's four blocks; only the products use the merged form.
 */
public final class LocalActivationUnit {

    private final int dim;
    private final int units;
    private final Dense first;
    private final Activation activation;
    private final Mlp tail;
    private final Gemm gemm = new Gemm();
    private float[] queryWeights = new float[0];
    private float[] keyWeights = new float[0];
    private float[] x = new float[0];
    private float[] queryTerm = new float[0];
    private float[] z = new float[0];
    private float[] a = new float[0];
    private float[] dz = new float[0];
    private float[] dx = new float[0];
    private float[] dQueryTerm = new float[0];
    private float[] gradKeyWeights = new float[0];
    private float[] gradQueryWeights = new float[0];
    private final float[] querySums;

    /**
     * @param name       parameter name prefix
     * @param dim        D, size of a query and of a key
     * @param hidden     hidden layer sizes (paper: 80, 40); empty means a linear score
     * @param activation activation of the hidden layers
     * @param random     source of the initial weights
     */
    public LocalActivationUnit(String name, int dim, List<Integer> hidden, ActivationKind activation,
                               SplittableRandom random) {
        this.dim = dim;
        this.units = hidden.isEmpty() ? 1 : hidden.get(0);
        this.first = new Dense(name + ".h0", 4 * dim, units, random);
        if (hidden.isEmpty()) {
            this.activation = null;
            this.tail = null;
        } else {
            this.activation = activation == ActivationKind.DICE
                    ? new Dice(name + ".h0.dice", units) : new PRelu(name + ".h0.prelu", units);
            this.tail = new Mlp(name + ".rest", units, hidden.subList(1, hidden.size()), 1, activation, random);
        }
        this.querySums = new float[dim];
    }

    /** All trainable parameters, in a fixed order. */
    public List<Param> params() {
        List<Param> all = new ArrayList<>(first.params());
        if (tail != null) {
            all.addAll(activation.params());
            all.addAll(tail.params());
        }
        return all;
    }

    /** Non-trainable state (Dice running statistics). */
    public List<Param> state() {
        List<Param> all = new ArrayList<>();
        if (tail != null) {
            all.addAll(activation.state());
            all.addAll(tail.state());
        }
        return all;
    }

    /**
     * Scores every real behaviour: [batch, D] queries and [rows, D] keys to [rows] scores. The returned array is
     * owned by this unit and valid until the next call.
     */
    public float[] forward(float[] queries, float[] keys, int[] rowStart, int batch, boolean training) {
        int rows = rowStart[batch];
        mergeWeights();
        x = Buffers.ensure(x, rows * 2 * dim);
        for (int s = 0; s < batch; s++) {
            int qo = s * dim;
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int ko = r * dim;
                int xo = r * 2 * dim;
                for (int d = 0; d < dim; d++) {
                    float k = keys[ko + d];
                    x[xo + d] = k;
                    x[xo + dim + d] = queries[qo + d] * k;
                }
            }
        }
        queryTerm = Buffers.ensure(queryTerm, batch * units);
        gemm.multiply(false, false, batch, units, dim, 1f, queries, queryWeights, 0f, queryTerm);
        first.addBias(queryTerm, batch);
        z = Buffers.ensure(z, rows * units);
        gemm.multiply(false, false, rows, units, 2 * dim, 1f, x, keyWeights, 0f, z);
        for (int s = 0; s < batch; s++) {
            int qo = s * units;
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int zo = r * units;
                for (int j = 0; j < units; j++) {
                    z[zo + j] += queryTerm[qo + j];
                }
            }
        }
        if (tail == null) {
            return z;
        }
        a = Buffers.ensure(a, rows * units);
        activation.forward(z, a, rows, training);
        return tail.forward(a, rows, training);
    }

    /** Wq + Wd into queryWeights [D, H]; [Wk - Wd ; Wp] into keyWeights [2D, H]. */
    private void mergeWeights() {
        float[] w = first.weight().value();
        int block = dim * units;
        queryWeights = Buffers.ensure(queryWeights, block);
        keyWeights = Buffers.ensure(keyWeights, 2 * block);
        for (int i = 0; i < block; i++) {
            queryWeights[i] = w[i] + w[2 * block + i];
            keyWeights[i] = w[block + i] - w[2 * block + i];
            keyWeights[block + i] = w[3 * block + i];
        }
    }

    /**
     * Back-propagates {@code dScores} [rows] of the last training-mode forward pass; adds to the parameter gradients,
     * to {@code dQueries} [batch, D] and to {@code dKeys} [rows, D].
     */
    public void backward(float[] dScores, float[] queries, float[] keys, int[] rowStart, int batch,
                         float[] dQueries, float[] dKeys) {
        int rows = rowStart[batch];
        float[] gradZ = dScores;
        if (tail != null) {
            float[] da = tail.backward(dScores, rows, true);
            dz = Buffers.ensure(dz, rows * units);
            activation.backward(z, da, dz, rows);
            gradZ = dz;
        }
        dQueryTerm = Buffers.ensure(dQueryTerm, batch * units);
        java.util.Arrays.fill(dQueryTerm, 0, batch * units, 0f);
        for (int s = 0; s < batch; s++) {
            int qo = s * units;
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int zo = r * units;
                for (int j = 0; j < units; j++) {
                    dQueryTerm[qo + j] += gradZ[zo + j];
                }
            }
        }
        accumulateWeightGradients(gradZ, queries, rows, batch);
        dx = Buffers.ensure(dx, rows * 2 * dim);
        gemm.multiply(false, true, rows, 2 * dim, units, 1f, gradZ, keyWeights, 0f, dx);
        gemm.multiply(false, true, batch, dim, units, 1f, dQueryTerm, queryWeights, 1f, dQueries);
        inputGradients(queries, keys, rowStart, batch, dQueries, dKeys);
    }

    private void accumulateWeightGradients(float[] gradZ, float[] queries, int rows, int batch) {
        int block = dim * units;
        gradKeyWeights = Buffers.ensure(gradKeyWeights, 2 * block);
        gradQueryWeights = Buffers.ensure(gradQueryWeights, block);
        gemm.multiply(true, false, 2 * dim, units, rows, 1f, x, gradZ, 0f, gradKeyWeights);
        gemm.multiply(true, false, dim, units, batch, 1f, queries, dQueryTerm, 0f, gradQueryWeights);
        float[] g = first.weight().grad();
        for (int i = 0; i < block; i++) {
            float gq = gradQueryWeights[i];
            float gk = gradKeyWeights[i];
            g[i] += gq;
            g[block + i] += gk;
            g[2 * block + i] += gq - gk;
            g[3 * block + i] += gradKeyWeights[block + i];
        }
        float[] gb = first.bias().grad();
        for (int s = 0; s < batch; s++) {
            for (int j = 0; j < units; j++) {
                gb[j] += dQueryTerm[s * units + j];
            }
        }
    }

    /** dq += sum over rows of dX[D:2D] (.) k; dk += dX[0:D] + dX[D:2D] (.) q. */
    private void inputGradients(float[] queries, float[] keys, int[] rowStart, int batch, float[] dQueries,
                                float[] dKeys) {
        for (int s = 0; s < batch; s++) {
            int qo = s * dim;
            java.util.Arrays.fill(querySums, 0f);
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int ko = r * dim;
                int xo = r * 2 * dim;
                for (int d = 0; d < dim; d++) {
                    float gp = dx[xo + dim + d];
                    querySums[d] += gp * keys[ko + d];
                    dKeys[ko + d] += dx[xo + d] + gp * queries[qo + d];
                }
            }
            for (int d = 0; d < dim; d++) {
                dQueries[qo + d] += querySums[d];
            }
        }
    }
}
