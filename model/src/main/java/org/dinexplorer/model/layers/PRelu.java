package org.dinexplorer.model.layers;

import java.util.List;

/**
 * Parametric ReLU {@code f(s) = s if s > 0 else a_j * s} with one slope per unit, initialised to 0.25. The loops are
 * written without data-dependent branches: pre-activations are positive or negative at random, so a branch per element
 * is mispredicted half of the time, which made this layer the most expensive part of a DIN step.
 */
public final class PRelu implements Activation {

    private final int units;
    private final Param alpha;

    /**
     * @param name  parameter name prefix
     * @param units units per row, at least 1
     */
    public PRelu(String name, int units) {
        this.units = units;
        this.alpha = Param.filled(name + ".alpha", units, 0.25f);
    }

    @Override
    public void forward(float[] s, float[] y, int rows, boolean training) {
        float[] a = alpha.value();
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                float v = s[o + j];
                y[o + j] = Math.max(v, 0f) + a[j] * Math.min(v, 0f);
            }
        }
    }

    @Override
    public void backward(float[] s, float[] dy, float[] ds, int rows) {
        float[] a = alpha.value();
        float[] ga = alpha.grad();
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                float v = s[o + j];
                float g = dy[o + j];
                float p = positive(v);
                // exactly g or a * g: one of the two terms is a product with 0
                ds[o + j] = p * g + (1f - p) * (a[j] * g);
                ga[j] += g * Math.min(v, 0f);
            }
        }
    }

    /** 1 for v > 0 and for +0, 0 for v < 0 and for -0, without a branch (half the signs are random here). */
    private static float positive(float v) {
        return Float.floatToRawIntBits(-v) >>> 31;
    }

    @Override
    public List<Param> params() {
        return List.of(alpha);
    }

    @Override
    public List<Param> state() {
        return List.of();
    }
}
