package org.dinexplorer.model.layers;

import java.util.List;
import java.util.SplittableRandom;

/** Fully connected layer {@code y = x W + b}: [rows, in] to [rows, out], W stored row-major as [in, out]. */
public final class Dense {

    private final int in;
    private final int out;
    private final Param weight;
    private final Param bias;
    private final Gemm gemm = Gemm.create();

    /**
     * A layer with Glorot-uniform weights and zero bias.
     *
     * @param name   parameter name prefix
     * @param in     input units, at least 1
     * @param out    output units, at least 1
     * @param random source of the initial weights
     */
    public Dense(String name, int in, int out, SplittableRandom random) {
        this.in = in;
        this.out = out;
        this.weight = Param.zeros(name + ".W", in * out);
        this.bias = Param.zeros(name + ".b", out);
        double limit = Math.sqrt(6.0 / (in + out));
        float[] w = weight.value();
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextDouble(-limit, limit);
        }
    }

    /** Input units. */
    public int in() {
        return in;
    }

    /** Output units. */
    public int out() {
        return out;
    }

    /** The weight matrix [in, out]. */
    public Param weight() {
        return weight;
    }

    /** The bias [out]. */
    public Param bias() {
        return bias;
    }

    /** Weight and bias. */
    public List<Param> params() {
        return List.of(weight, bias);
    }

    /** {@code y = x W + b} for {@code rows} rows. */
    public void forward(float[] x, int rows, float[] y) {
        gemm.multiply(false, false, rows, out, in, 1f, x, weight.value(), 0f, y);
        addBias(y, rows);
    }

    /** Adds the bias to every row of y [rows, out]. */
    public void addBias(float[] y, int rows) {
        float[] b = bias.value();
        for (int r = 0; r < rows; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                y[o + j] += b[j];
            }
        }
    }

    /**
     * Adds {@code dL/dW = x^T dy} and {@code dL/db} to the gradients and, when {@code dx} is not null, writes
     * {@code dx = dy W^T} [rows, in].
     */
    public void backward(float[] x, float[] dy, int rows, float[] dx) {
        gemm.multiply(true, false, in, out, rows, 1f, x, dy, 1f, weight.grad());
        float[] gb = bias.grad();
        for (int r = 0; r < rows; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                gb[j] += dy[o + j];
            }
        }
        if (dx != null) {
            gemm.multiply(false, true, rows, in, out, 1f, dy, weight.value(), 0f, dx);
        }
    }
}
