package org.dinexplorer.model.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.ActivationKind;

/**
 * The local activation unit of DIN (Zhou et al., KDD 2018, figure 2): scores each past behaviour key {@code k_i}
 * against the candidate ad's query {@code q} with an MLP over {@code [q, k_i, q - k_i, q (.) k_i]}.
 *
 * <p>Shapes: queries [batch, Q], keys [rows, K] with K >= Q, where the rows hold only the real (non-padded)
 * behaviours, sample by sample ({@code rowStart[s] .. rowStart[s + 1]}); output scores [rows]. Padded positions are
 * never scored. The first Q columns of a key are comparable with the query (the same embedding tables); columns after
 * them describe the behaviour only (its type and time gap) and enter through the {@code k} block alone, since their
 * difference and product with a query would be against zeros. With K = Q this is exactly the paper's unit.
 *
 * <p>The first layer never builds the [rows, 3Q + K] input: {@code W.[q; k; q - k; q (.) k] = (Wq + Wd).q +
 * (Wk - [Wd ; 0]).k + Wp.(q (.) k)}, so the query term is computed once per sample and only [k, q (.) k]
 * ([rows, K + Q]) goes through the large product. The parameters keep the paper's four blocks (rows Q, K, Q, Q); only
 * the products use the merged form.
 */
public final class LocalActivationUnit {

    private final int queryDim;
    private final int keyDim;
    private final int units;
    private final Dense first;
    private final Activation activation;
    private final Mlp tail;
    private final Gemm gemm = Gemm.create();
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
     * @param queryDim   Q, size of a query
     * @param keyDim     K, size of a key, at least Q
     * @param hidden     hidden layer sizes (paper: 80, 40); empty means a linear score
     * @param activation activation of the hidden layers
     * @param random     source of the initial weights
     */
    public LocalActivationUnit(String name, int queryDim, int keyDim, List<Integer> hidden, ActivationKind activation,
                               SplittableRandom random) {
        if (keyDim < queryDim) {
            throw new IllegalArgumentException("keys (" + keyDim + ") must be at least as wide as queries ("
                    + queryDim + ")");
        }
        this.queryDim = queryDim;
        this.keyDim = keyDim;
        this.units = hidden.isEmpty() ? 1 : hidden.get(0);
        this.first = new Dense(name + ".h0", 3 * queryDim + keyDim, units, random);
        if (hidden.isEmpty()) {
            this.activation = null;
            this.tail = null;
        } else {
            this.activation = Activation.of(activation, name + ".h0", units);
            this.tail = new Mlp(name + ".rest", units, hidden.subList(1, hidden.size()), 1, activation, random);
        }
        this.querySums = new float[queryDim];
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
     * Scores every real behaviour: [batch, Q] queries and [rows, K] keys to [rows] scores. The returned array is
     * owned by this unit and valid until the next call.
     */
    public float[] forward(float[] queries, float[] keys, int[] rowStart, int batch, boolean training) {
        int rows = rowStart[batch];
        int width = keyDim + queryDim;
        mergeWeights();
        x = Buffers.ensure(x, rows * width);
        for (int s = 0; s < batch; s++) {
            int qo = s * queryDim;
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int ko = r * keyDim;
                int xo = r * width;
                System.arraycopy(keys, ko, x, xo, keyDim);
                for (int d = 0; d < queryDim; d++) {
                    x[xo + keyDim + d] = queries[qo + d] * keys[ko + d];
                }
            }
        }
        queryTerm = Buffers.ensure(queryTerm, batch * units);
        gemm.multiply(false, false, batch, units, queryDim, 1f, queries, queryWeights, 0f, queryTerm);
        first.addBias(queryTerm, batch);
        z = Buffers.ensure(z, rows * units);
        gemm.multiply(false, false, rows, units, width, 1f, x, keyWeights, 0f, z);
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

    /** Wq + Wd into queryWeights [Q, H]; [Wk - [Wd ; 0] ; Wp] into keyWeights [K + Q, H]. */
    private void mergeWeights() {
        float[] w = first.weight().value();
        int qBlock = queryDim * units;
        int kBlock = keyDim * units;
        int kOff = qBlock;
        int dOff = qBlock + kBlock;
        int pOff = 2 * qBlock + kBlock;
        queryWeights = Buffers.ensure(queryWeights, qBlock);
        keyWeights = Buffers.ensure(keyWeights, kBlock + qBlock);
        for (int i = 0; i < qBlock; i++) {
            queryWeights[i] = w[i] + w[dOff + i];
            keyWeights[i] = w[kOff + i] - w[dOff + i];
            keyWeights[kBlock + i] = w[pOff + i];
        }
        System.arraycopy(w, kOff + qBlock, keyWeights, qBlock, kBlock - qBlock);
    }

    /**
     * Back-propagates {@code dScores} [rows] of the last training-mode forward pass; adds to the parameter gradients,
     * to {@code dQueries} [batch, Q] and to {@code dKeys} [rows, K].
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
        int width = keyDim + queryDim;
        dx = Buffers.ensure(dx, rows * width);
        gemm.multiply(false, true, rows, width, units, 1f, gradZ, keyWeights, 0f, dx);
        gemm.multiply(false, true, batch, queryDim, units, 1f, dQueryTerm, queryWeights, 1f, dQueries);
        inputGradients(queries, keys, rowStart, batch, dQueries, dKeys);
    }

    private void accumulateWeightGradients(float[] gradZ, float[] queries, int rows, int batch) {
        int qBlock = queryDim * units;
        int kBlock = keyDim * units;
        int dOff = qBlock + kBlock;
        int pOff = 2 * qBlock + kBlock;
        gradKeyWeights = Buffers.ensure(gradKeyWeights, kBlock + qBlock);
        gradQueryWeights = Buffers.ensure(gradQueryWeights, qBlock);
        gemm.multiply(true, false, keyDim + queryDim, units, rows, 1f, x, gradZ, 0f, gradKeyWeights);
        gemm.multiply(true, false, queryDim, units, batch, 1f, queries, dQueryTerm, 0f, gradQueryWeights);
        float[] g = first.weight().grad();
        for (int i = 0; i < qBlock; i++) {
            float gq = gradQueryWeights[i];
            g[i] += gq;
            g[dOff + i] += gq - gradKeyWeights[i];
            g[pOff + i] += gradKeyWeights[kBlock + i];
        }
        for (int i = 0; i < kBlock; i++) {
            g[qBlock + i] += gradKeyWeights[i];
        }
        float[] gb = first.bias().grad();
        for (int s = 0; s < batch; s++) {
            for (int j = 0; j < units; j++) {
                gb[j] += dQueryTerm[s * units + j];
            }
        }
    }

    /** dq += sum over rows of dX[K:K+Q] (.) k[0:Q]; dk += dX[0:K], and dk[0:Q] += dX[K:K+Q] (.) q. */
    private void inputGradients(float[] queries, float[] keys, int[] rowStart, int batch, float[] dQueries,
                                float[] dKeys) {
        int width = keyDim + queryDim;
        for (int s = 0; s < batch; s++) {
            int qo = s * queryDim;
            java.util.Arrays.fill(querySums, 0f);
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int ko = r * keyDim;
                int xo = r * width;
                for (int d = 0; d < queryDim; d++) {
                    float gp = dx[xo + keyDim + d];
                    querySums[d] += gp * keys[ko + d];
                    dKeys[ko + d] += dx[xo + d] + gp * queries[qo + d];
                }
                for (int d = queryDim; d < keyDim; d++) {
                    dKeys[ko + d] += dx[xo + d];
                }
            }
            for (int d = 0; d < queryDim; d++) {
                dQueries[qo + d] += querySums[d];
            }
        }
    }
}
