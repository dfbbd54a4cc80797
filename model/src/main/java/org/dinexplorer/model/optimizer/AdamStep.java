package org.dinexplorer.model.optimizer;

/**
 * One Adam step (Kingma and Ba, 2015) with its bias correction folded into the step size, applied to any range of
 * values whose moments sit at the same positions. Float arithmetic in a fixed order, so a seeded single-thread run
 * gives the same weights wherever the step is applied.
 *
 * @param stepSize bias-corrected step size {@code lr * sqrt(1 - beta2^t) / (1 - beta1^t)}
 * @param beta1    decay of the first moment, in [0, 1)
 * @param beta2    decay of the second moment, in [0, 1)
 * @param epsilon  added to the root of the second moment, greater than 0
 */
public record AdamStep(float stepSize, float beta1, float beta2, float epsilon) implements UpdateRule {

    @Override
    public void apply(float[] values, float[] m, float[] v, int offset, float[] grads, int gradOffset, int length) {
        for (int k = 0; k < length; k++) {
            int i = offset + k;
            float g = grads[gradOffset + k];
            float mi = beta1 * m[i] + (1 - beta1) * g;
            float vi = beta2 * v[i] + (1 - beta2) * g * g;
            m[i] = mi;
            v[i] = vi;
            values[i] -= stepSize * mi / ((float) Math.sqrt(vi) + epsilon);
        }
    }
}
