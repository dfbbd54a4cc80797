package org.dinexplorer.model.network;

import java.util.Arrays;
import java.util.List;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.layers.Buffers;
import org.dinexplorer.model.layers.Param;

/**
 * The baseline's pooling: every real behaviour weighs 1/len (mean) or 1 (sum, {@link NetworkConfig#basePooling}),
 * whatever the candidate; no parameters, and the queries get no gradient.
 */
final class UniformHistory implements HistoryPooling {

    private final PoolingMode mode;
    private final int dim;
    private float[] weights = new float[0];
    private float[] pooled = new float[0];

    UniformHistory(DinConfig config, InputLayout layout) {
        this.mode = config.network().basePooling();
        this.dim = layout.keyDim();
    }

    @Override
    public float[] forward(float[] queries, float[] keys, int[] rowStart, int batch, boolean training) {
        weights = Buffers.ensure(weights, Math.max(rowStart[batch], 1));
        pooled = Buffers.ensure(pooled, batch * dim);
        Arrays.fill(pooled, 0, batch * dim, 0f);
        for (int s = 0; s < batch; s++) {
            int real = rowStart[s + 1] - rowStart[s];
            float w = mode == PoolingMode.SUM ? 1f : 1f / Math.max(real, 1);
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                weights[r] = w;
                for (int d = 0; d < dim; d++) {
                    pooled[s * dim + d] += w * keys[r * dim + d];
                }
            }
        }
        return pooled;
    }

    @Override
    public void backward(float[] dInterest, float[] queries, float[] keys, int[] rowStart, int batch,
                         float[] dQueries, float[] dKeys) {
        for (int s = 0; s < batch; s++) {
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                for (int d = 0; d < dim; d++) {
                    dKeys[r * dim + d] = weights[r] * dInterest[s * dim + d];
                }
            }
        }
    }

    @Override
    public float[] weights() {
        return weights;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public List<Param> state() {
        return List.of();
    }
}
