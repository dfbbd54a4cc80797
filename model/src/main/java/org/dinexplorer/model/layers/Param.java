package org.dinexplorer.model.layers;

import java.util.Arrays;
import org.dinexplorer.model.optimizer.UpdateRule;

/**
 * A dense trainable tensor with its gradient and the optimizer's two state slots per value (Adam's moments), all
 * flat float arrays of the same length.
 *
 * @param name  unique name inside a network, used as the key in model files
 * @param value current values
 * @param grad  gradient accumulated since the last {@link #zeroGrad()}
 * @param m     first optimizer state slot (Adam's first moment)
 * @param v     second optimizer state slot (Adam's second moment)
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

    /** Applies {@code rule} to every value. */
    public void update(UpdateRule rule) {
        rule.apply(value, m, v, 0, grad, 0, value.length);
    }
}
