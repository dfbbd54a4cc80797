package org.dinexplorer.model.layers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.cpu.nativecpu.blas.CpuBlas;

/**
 * Row-major single-precision matrix products on Java arrays through OpenBLAS (the library ND4J's CPU backend ships).
 * Operands always start at index 0 of their array; arrays may be longer than the matrix they hold.
 *
 * <p>Measured on the 2-core build machine, a [51200 x 64] x [64 x 80] product runs at 40-60 GFLOP/s through OpenBLAS
 * versus 4.8 GFLOP/s for a plain Java triple loop, so every product of the networks goes through here. Passing Java
 * arrays straight to the native call makes JNI copy every whole array in and back out (inputs included); under load
 * that cost a third of the product's time. This class therefore copies only the used part of each operand into its
 * own direct buffers and only the result back. One instance per network: not thread-safe.
 */
public final class Gemm {

    static {
        Loader.load(openblas_nolapack.class);
    }

    /** Products with at most this many result rows or columns run in Java. */
    static final int NARROW = 2;

    private FloatBuffer a = allocate(1);
    private FloatBuffer b = allocate(1);
    private FloatBuffer c = allocate(1);

    /**
     * {@code c = alpha * op(a) * op(b) + beta * c}, all row-major.
     *
     * @param transA use a transposed: a holds [k x m] instead of [m x k]
     * @param transB use b transposed: b holds [n x k] instead of [k x n]
     * @param m      rows of the result
     * @param n      columns of the result
     * @param k      inner dimension
     */
    public void multiply(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                         float[] right, float beta, float[] result) {
        if (m == 0 || n == 0) {
            return;
        }
        int resultSize = m * n;
        if (k == 0) {
            for (int i = 0; i < resultSize; i++) {
                result[i] = beta == 0f ? 0f : result[i] * beta;
            }
            return;
        }
        if (n <= NARROW || m <= NARROW) {
            narrow(transA, transB, m, n, k, alpha, left, right, beta, result);
            return;
        }
        a = load(a, left, m * k);
        b = load(b, right, k * n);
        c = beta == 0f ? ensure(c, resultSize) : load(c, result, resultSize);
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, alpha, a, transA ? m : k, b, transB ? k : n, beta, c, n);
        c.get(0, result, 0, resultSize);
    }

    /**
     * The product in plain Java, for results with at most {@link #NARROW} rows or columns (a layer with one output, its
     * weight gradient): such a product is a few dot products per row, cheaper than copying its operands to OpenBLAS.
     */
    private static void narrow(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                               float[] right, float beta, float[] result) {
        for (int i = 0; i < m * n; i++) {
            result[i] = beta == 0f ? 0f : result[i] * beta;
        }
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

    private static FloatBuffer load(FloatBuffer buffer, float[] values, int count) {
        FloatBuffer target = ensure(buffer, count);
        target.put(0, values, 0, count);
        return target;
    }

    private static FloatBuffer ensure(FloatBuffer buffer, int count) {
        return buffer.capacity() >= count ? buffer : allocate(count + count / 8);
    }

    private static FloatBuffer allocate(int floats) {
        return ByteBuffer.allocateDirect(floats * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /**
     * Sets the number of BLAS threads for the whole process (OpenBLAS keeps one global setting).
     *
     * @param threads 1..256, or 0 to keep the library default (OMP_NUM_THREADS or the core count)
     */
    public static void setThreads(int threads) {
        if (threads > 0) {
            new CpuBlas().setMaxThreads(threads);
        }
    }

    /** The number of BLAS threads currently in use. */
    public static int threads() {
        return new CpuBlas().getMaxThreads();
    }
}
