package org.dinexplorer.model.layers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Products through OpenBLAS (the library ND4J's CPU backend ships), called directly.
 *
 * <p>Measured on the 2-core build machine, a [51200 x 64] x [64 x 80] product runs at 40-60 GFLOP/s through OpenBLAS
 * versus 4.8 GFLOP/s for a plain Java triple loop. Passing Java arrays straight to the native call makes JNI copy
 * every whole array in and back out (inputs included); under load that cost a third of the product's time. This class
 * therefore copies only the used part of each operand into its own direct buffers and only the result back.
 */
final class OpenBlasGemm extends Gemm {

    static {
        Loader.load(openblas_nolapack.class);
    }

    private FloatBuffer a = allocate(1);
    private FloatBuffer b = allocate(1);
    private FloatBuffer c = allocate(1);

    @Override
    protected void wide(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                        float[] right, float beta, float[] result) {
        int resultSize = m * n;
        a = load(a, left, m * k);
        b = load(b, right, k * n);
        c = beta == 0f ? ensure(c, resultSize) : load(c, result, resultSize);
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, alpha, a, transA ? m : k, b, transB ? k : n, beta, c, n);
        c.get(0, result, 0, resultSize);
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
}
