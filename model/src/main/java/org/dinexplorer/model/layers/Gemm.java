package org.dinexplorer.model.layers;

/**
 * Row-major single-precision matrix products on Java arrays: every product of the networks goes through here.
 * Operands always start at index 0 of their array; arrays may be longer than the matrix they hold. Products with a
 * result of at most {@link #NARROW} rows or columns run in Java; the others go to the library {@link ProductEngine}
 * names. One instance per layer: not thread-safe.
 */
public abstract class Gemm {

    /** Products with at most this many result rows or columns run in Java. */
    static final int NARROW = 2;

    /** A product engine of the kind {@link ProductEngine#active()} chooses for this process. */
    public static Gemm create() {
        return ProductEngine.active().newGemm();
    }

    /**
     * {@code c = alpha * op(a) * op(b) + beta * c}, all row-major.
     *
     * @param transA use a transposed: a holds [k x m] instead of [m x k]
     * @param transB use b transposed: b holds [n x k] instead of [k x n]
     * @param m      rows of the result
     * @param n      columns of the result
     * @param k      inner dimension
     */
    public final void multiply(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                               float[] right, float beta, float[] result) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            scale(result, m * n, beta);
            return;
        }
        if (n <= NARROW || m <= NARROW) {
            narrow(transA, transB, m, n, k, alpha, left, right, beta, result);
            return;
        }
        wide(transA, transB, m, n, k, alpha, left, right, beta, result);
    }

    /** The same contract as {@link #multiply}, for results wider than {@link #NARROW} both ways and {@code k > 0}. */
    protected abstract void wide(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                                 float[] right, float beta, float[] result);

    private static void scale(float[] result, int count, float beta) {
        for (int i = 0; i < count; i++) {
            result[i] = beta == 0f ? 0f : result[i] * beta;
        }
    }

    /**
     * The product in plain Java, for results with at most {@link #NARROW} rows or columns (a layer with one output, its
     * weight gradient): such a product is a few dot products per row, cheaper than copying its operands to a library.
     */
    private static void narrow(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                               float[] right, float beta, float[] result) {
        scale(result, m * n, beta);
        if (transA) {
            // left holds [k x m]: walk it row by row
            for (int p = 0; p < k; p++) {
                for (int i = 0; i < m; i++) {
                    float v = alpha * left[p * m + i];
                    for (int j = 0; j < n; j++) {
                        result[i * n + j] += v * (transB ? right[j * k + p] : right[p * n + j]);
                    }
                }
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum += left[i * k + p] * (transB ? right[j * k + p] : right[p * n + j]);
                }
                result[i * n + j] += alpha * sum;
            }
        }
    }
}
