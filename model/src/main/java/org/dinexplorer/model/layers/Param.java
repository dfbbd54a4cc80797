package org.dinexplorer.model.layers;

import java.util.Arrays;

/**
 * A dense trainable tensor with its gradient and Adam moments, all flat float arrays of the same length.
 *
 * @param name  unique name inside a network, used as the key in model files
 * @param value current values
 * @param grad  gradient accumulated since the last {@link #zeroGrad()}
 * @param m     Adam first moment
 * @param v     Adam second moment
 */
public record Param(String name, float[] value, float[] grad, float[] m, float[] v) {

    /** A parameter of {@code size} zeros. */
    public static Param zeros(String name, int size) {
        return new Param(name, new float[size], new float[size], new float[size], new float[size]);
    }

    /** A parameter of {@code size} copies of {@code initial}. */
    public static Param filled(String name, int size, float initial) {
        Param p = zeros(name, size);
        Arrays.fill(p.value, initial);
        return p;
    }

    /** Number of values. */
    public int size() {
        return value.length;
    }

    /** Clears the gradient. */
    public void zeroGrad() {
        Arrays.fill(grad, 0f);
    }

    /**
     * One Adam step on every value.
     *
     * @param stepSize bias-corrected step size {@code lr * sqrt(1 - beta2^t) / (1 - beta1^t)}
     */
    public void adamStep(float stepSize, float beta1, float beta2, float epsilon) {
        float[] w = value;
        for (int i = 0; i < w.length; i++) {
            float g = grad[i];
            float mi = beta1 * m[i] + (1 - beta1) * g;
            float vi = beta2 * v[i] + (1 - beta2) * g * g;
            m[i] = mi;
            v[i] = vi;
            w[i] -= stepSize * mi / ((float) Math.sqrt(vi) + epsilon);
        }
    }
}
