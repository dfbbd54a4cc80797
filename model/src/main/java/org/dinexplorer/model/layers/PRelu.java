package org.dinexplorer.model.layers;

import java.util.List;

/** Parametric ReLU {@code f(s) = s if s > 0 else a_j * s} with one slope per unit, initialised to 0.25. */
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
                y[o + j] = v > 0 ? v : a[j] * v;
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
                if (v > 0) {
                    ds[o + j] = g;
                } else {
                    ds[o + j] = g * a[j];
                    ga[j] += g * v;
                }
            }
        }
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
