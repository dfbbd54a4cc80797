package org.dinexplorer.model.layers;

import java.util.List;

/**
 * Dice, the data-adaptive activation of the DIN paper (section 4.3): {@code f(s) = p(s) * s + (1 - p(s)) * a * s}
 * with {@code p(s) = sigmoid((s - E[s]) / sqrt(Var[s] + eps))}. In training E and Var are the statistics of the
 * current rows per unit, and the gradient flows through them (as batch normalisation does); in inference the running
 * averages (momentum 0.99) are used. {@code eps = 1e-5}, larger than the paper's 1e-8, because the arithmetic is
 * single precision.
 */
public final class Dice implements Activation {

    private static final float EPS = 1e-5f;
    private static final float MOMENTUM = 0.99f;

    private final int units;
    private final Param alpha;
    private final Param runningMean;
    private final Param runningVar;
    private final float[] mean;
    private final float[] invStd;
    private final float[] sumA;
    private final float[] sumB;
    private float[] z = new float[0];
    private float[] p = new float[0];

    /**
     * @param name  parameter name prefix
     * @param units units per row, at least 1
     */
    public Dice(String name, int units) {
        this.units = units;
        this.alpha = Param.zeros(name + ".alpha", units);
        this.runningMean = Param.zeros(name + ".runningMean", units);
        this.runningVar = Param.filled(name + ".runningVar", units, 1f);
        this.mean = new float[units];
        this.invStd = new float[units];
        this.sumA = new float[units];
        this.sumB = new float[units];
    }

    @Override
    public void forward(float[] s, float[] y, int rows, boolean training) {
        if (training) {
            batchStatistics(s, rows);
        } else {
            for (int j = 0; j < units; j++) {
                mean[j] = runningMean.value()[j];
                invStd[j] = inverseStd(runningVar.value()[j]);
            }
        }
        z = Buffers.ensure(z, rows * units);
        p = Buffers.ensure(p, rows * units);
        float[] a = alpha.value();
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                float zi = (s[o + j] - mean[j]) * invStd[j];
                float pi = (float) (1 / (1 + Math.exp(-zi)));
                z[o + j] = zi;
                p[o + j] = pi;
                y[o + j] = s[o + j] * (a[j] + (1 - a[j]) * pi);
            }
        }
    }

    private void batchStatistics(float[] s, int rows) {
        java.util.Arrays.fill(sumA, 0f);
        java.util.Arrays.fill(sumB, 0f);
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                sumA[j] += s[o + j];
            }
        }
        for (int j = 0; j < units; j++) {
            mean[j] = sumA[j] / rows;
        }
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                float d = s[o + j] - mean[j];
                sumB[j] += d * d;
            }
        }
        float[] rm = runningMean.value();
        float[] rv = runningVar.value();
        for (int j = 0; j < units; j++) {
            float var = sumB[j] / rows;
            invStd[j] = inverseStd(var);
            rm[j] = MOMENTUM * rm[j] + (1 - MOMENTUM) * mean[j];
            rv[j] = MOMENTUM * rv[j] + (1 - MOMENTUM) * var;
        }
    }

    /**
     * {@code 1 / sqrt(variance + eps)} in the precision the forward pass uses; exporters that rebuild the inference
     * form from the running variance call this to get the same factor bit for bit.
     */
    public static float inverseStd(float variance) {
        return (float) (1 / Math.sqrt(variance + EPS));
    }

    @Override
    public void backward(float[] s, float[] dy, float[] ds, int rows) {
        float[] a = alpha.value();
        float[] ga = alpha.grad();
        java.util.Arrays.fill(sumA, 0f);
        java.util.Arrays.fill(sumB, 0f);
        // The gradient w.r.t. z is recomputed in the second pass instead of stored: it saves a [rows, units] buffer.
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                float g = dy[o + j];
                float pi = p[o + j];
                float si = s[o + j];
                ga[j] += g * si * (1 - pi);
                float gz = g * si * (1 - a[j]) * pi * (1 - pi);
                sumA[j] += gz;
                sumB[j] += gz * z[o + j];
                ds[o + j] = g * (a[j] + (1 - a[j]) * pi);
            }
        }
        for (int j = 0; j < units; j++) {
            sumA[j] /= rows;
            sumB[j] /= rows;
        }
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                float pi = p[o + j];
                float gz = dy[o + j] * s[o + j] * (1 - a[j]) * pi * (1 - pi);
                ds[o + j] += invStd[j] * (gz - sumA[j] - z[o + j] * sumB[j]);
            }
        }
    }

    @Override
    public List<Param> params() {
        return List.of(alpha);
    }

    @Override
    public List<Param> state() {
        return List.of(runningMean, runningVar);
    }
}
