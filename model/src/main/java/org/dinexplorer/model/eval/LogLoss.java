package org.dinexplorer.model.eval;

/** Mean binary cross-entropy of probabilities, clipped to [1e-7, 1 - 1e-7] so that a confident miss stays finite. */
public final class LogLoss {

    /** Clip applied to every probability. */
    public static final double CLIP = 1e-7;

    private LogLoss() {
    }

    /**
     * @return the mean log loss in nats
     * @throws IllegalArgumentException when there are no samples or the arrays differ in length
     */
    public static double of(float[] probabilities, float[] labels) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException("probabilities has " + probabilities.length
                    + " values but labels has " + labels.length);
        }
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("cannot compute a log loss without samples");
        }
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = Math.min(1 - CLIP, Math.max(CLIP, probabilities[i]));
            sum -= labels[i] > 0.5f ? Math.log(p) : Math.log(1 - p);
        }
        return sum / labels.length;
    }
}
