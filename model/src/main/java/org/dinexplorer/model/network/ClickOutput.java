package org.dinexplorer.model.network;

import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.layers.Buffers;

/**
 * The output every network ends in: logits [batch] to clipped click probabilities, the mean binary cross-entropy
 * against the labels, and its gradient with respect to the logits. Probabilities are clipped to
 * [1e-7, 1 - 1e-7] so that they are strictly inside (0, 1) in single precision; the loss is computed from the logits,
 * unclipped.
 */
public final class ClickOutput {

    /** Lower clip of predicted probabilities; the upper clip is {@code 1 - MIN_PROBABILITY}. */
    public static final float MIN_PROBABILITY = 1e-7f;

    private float[] logits = new float[0];
    private float[] probabilities = new float[0];
    private float[] dLogits = new float[0];

    /**
     * Keeps {@code out[0 .. n)} as the logits of the batch and returns their probabilities (owned by this object,
     * valid until the next call, possibly longer than n).
     */
    public float[] probabilities(float[] out, int n) {
        logits = Buffers.ensure(logits, n);
        probabilities = Buffers.ensure(probabilities, n);
        for (int s = 0; s < n; s++) {
            logits[s] = out[s];
            float p = (float) (1 / (1 + Math.exp(-out[s])));
            probabilities[s] = Math.min(1 - MIN_PROBABILITY, Math.max(MIN_PROBABILITY, p));
        }
        return probabilities;
    }

    /**
     * Mean binary cross-entropy of the kept logits against the batch labels, in double precision (stable for large
     * |logit|).
     */
    public double loss(Batch batch) {
        double loss = 0;
        for (int s = 0; s < batch.size(); s++) {
            double z = logits[s];
            loss += Math.max(z, 0) - z * batch.labels()[s] + Math.log1p(Math.exp(-Math.abs(z)));
        }
        return loss / batch.size();
    }

    /** Gradient of {@link #loss} with respect to each kept logit, {@code (sigmoid(z) - y) / n} [batch] (owned). */
    public float[] lossGradient(Batch batch) {
        int n = batch.size();
        dLogits = Buffers.ensure(dLogits, n);
        for (int s = 0; s < n; s++) {
            dLogits[s] = (float) ((1 / (1 + Math.exp(-logits[s])) - batch.labels()[s]) / n);
        }
        return dLogits;
    }
}
