package org.dinexplorer.model.optimizer;

/**
 * Adam (Kingma and Ba, 2015): step t is an {@link AdamStep} whose step size carries the bias correction of t, so the
 * moments can stay uncorrected in the parameters' state slots.
 */
public final class Adam implements Optimizer {

    private final float learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private long steps;

    /**
     * @param learningRate step size before the bias correction, greater than 0
     * @param beta1        decay of the first moment, in [0, 1)
     * @param beta2        decay of the second moment, in [0, 1)
     * @param epsilon      added to the root of the second moment, greater than 0
     * @param stepsTaken   steps already taken (0 for a new run, the saved count when resuming)
     */
    public Adam(float learningRate, float beta1, float beta2, float epsilon, long stepsTaken) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.steps = stepsTaken;
    }

    @Override
    public AdamStep nextStep() {
        steps++;
        float stepSize = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, steps)) / (1 - Math.pow(beta1, steps)));
        return new AdamStep(stepSize, beta1, beta2, epsilon);
    }

    @Override
    public long steps() {
        return steps;
    }
}
