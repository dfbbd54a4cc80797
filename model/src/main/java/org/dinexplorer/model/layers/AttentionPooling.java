package org.dinexplorer.model.layers;

/**
 * Weighted-sum pooling of DIN (equation 3 of the paper): {@code v_U = sum_i w_i k_i} over the real behaviours of a
 * sample. Returns both the pooled interest vectors [batch, D] and the per-behaviour weights [rows] that produced
 * them, so the attention read-out shows exactly the weights of the forward pass.
 *
 * <p>By default the weights are the raw scores of the local activation unit (the paper keeps them unnormalised to
 * preserve the intensity of the user's interests); with {@code softmax} they are normalised over a sample's real
 * behaviours. Padded positions have no row and thus weight exactly 0; an empty history gives a zero vector.
 */
public final class AttentionPooling {

    private final int dim;
    private final boolean softmax;
    private float[] weights = new float[0];
    private float[] interest = new float[0];
    private float[] dWeights = new float[0];
    private float[] dScores = new float[0];

    /**
     * @param dim     D, size of a key
     * @param softmax normalise the weights of each sample with a softmax
     */
    public AttentionPooling(int dim, boolean softmax) {
        this.dim = dim;
        this.softmax = softmax;
    }

    /** Weights [rows] of the last forward pass (owned by this object). */
    public float[] weights() {
        return weights;
    }

    /** Interest vectors [batch, D] of the last forward pass (owned by this object). */
    public float[] interest() {
        return interest;
    }

    /** Pools keys [rows, D] with scores [rows] into interest vectors [batch, D]. */
    public void forward(float[] scores, float[] keys, int[] rowStart, int batch) {
        int rows = rowStart[batch];
        weights = Buffers.ensure(weights, rows);
        interest = Buffers.ensure(interest, batch * dim);
        java.util.Arrays.fill(interest, 0, batch * dim, 0f);
        for (int s = 0; s < batch; s++) {
            int from = rowStart[s];
            int to = rowStart[s + 1];
            if (softmax) {
                softmaxInto(scores, from, to);
            } else {
                System.arraycopy(scores, from, weights, from, to - from);
            }
            int io = s * dim;
            for (int r = from; r < to; r++) {
                float w = weights[r];
                int ko = r * dim;
                for (int d = 0; d < dim; d++) {
                    interest[io + d] += w * keys[ko + d];
                }
            }
        }
    }

    private void softmaxInto(float[] scores, int from, int to) {
        float max = Float.NEGATIVE_INFINITY;
        for (int r = from; r < to; r++) {
            max = Math.max(max, scores[r]);
        }
        double sum = 0;
        for (int r = from; r < to; r++) {
            float e = (float) Math.exp(scores[r] - max);
            weights[r] = e;
            sum += e;
        }
        for (int r = from; r < to; r++) {
            weights[r] = (float) (weights[r] / sum);
        }
    }

    /**
     * From {@code dInterest} [batch, D] writes {@code dKeys = w * dInterest} [rows, D] and returns the gradient of
     * the scores [rows] (owned by this object).
     */
    public float[] backward(float[] dInterest, float[] keys, int[] rowStart, int batch, float[] dKeys) {
        int rows = rowStart[batch];
        dWeights = Buffers.ensure(dWeights, rows);
        dScores = Buffers.ensure(dScores, rows);
        for (int s = 0; s < batch; s++) {
            int io = s * dim;
            double dot = 0;
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int ko = r * dim;
                float w = weights[r];
                float g = 0;
                for (int d = 0; d < dim; d++) {
                    float gi = dInterest[io + d];
                    g += gi * keys[ko + d];
                    dKeys[ko + d] = w * gi;
                }
                dWeights[r] = g;
                dot += w * g;
            }
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                dScores[r] = softmax ? (float) (weights[r] * (dWeights[r] - dot)) : dWeights[r];
            }
        }
        return dScores;
    }
}
