package org.dinexplorer.model.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a {@link DinConfig}'s network learns: Adam and the L2 on embedding rows. Immutable; the constructor validates
 * every field. Bound by Jackson under these component names; {@code frequencyAdaptiveL2} is written only when on
 * (so the JSON, and the stored hash, of a run without it is what it was before the option existed) and reads as
 * false when absent.
 *
 * @param learningRate        Adam step size, (0, 1]
 * @param beta1               Adam first-moment decay, [0, 1)
 * @param beta2               Adam second-moment decay, [0, 1)
 * @param adamEpsilon         Adam denominator guard, (0, 1)
 * @param embeddingL2         L2 strength λ on the embedding rows a batch uses, [0, 1]; 0 = off. Each used row j
 *                            decays by λ·c_j/B (c_j: its uses in the batch of B samples), or with {@code
 *                            frequencyAdaptiveL2} by λ/n_j as in the DIN paper's mini-batch aware regularisation
 *                            (n_j: its uses in the whole training split)
 * @param frequencyAdaptiveL2 scale each row's L2 by 1/n_j (see {@code embeddingL2}): rare ids, the ones that memorise
 *                            single impressions, are held back hardest
 */
public record OptimizerConfig(@JsonProperty(required = true) double learningRate,
                              @JsonProperty(required = true) double beta1,
                              @JsonProperty(required = true) double beta2,
                              @JsonProperty(required = true) double adamEpsilon,
                              @JsonProperty(required = true) double embeddingL2,
                              @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean frequencyAdaptiveL2) {

    /**
     * Validates all fields; see the record description for the ranges.
     *
     * @throws ConfigFieldException when a setting is out of its range
     */
    public OptimizerConfig {
        Ranges.requireOpenClosed("learningRate", learningRate, 0, 1);
        Ranges.requireClosedOpen("beta1", beta1, 0, 1);
        Ranges.requireClosedOpen("beta2", beta2, 0, 1);
        Ranges.requireOpenClosed("adamEpsilon", adamEpsilon, 0, 1);
        Ranges.requireClosedOpen("embeddingL2", embeddingL2, 0, 1.000001);
    }

    /** A copy with another learning rate. */
    public OptimizerConfig withLearningRate(double value) {
        return new OptimizerConfig(value, beta1, beta2, adamEpsilon, embeddingL2, frequencyAdaptiveL2);
    }

    /** A copy with another embedding L2 strength. */
    public OptimizerConfig withEmbeddingL2(double value) {
        return new OptimizerConfig(learningRate, beta1, beta2, adamEpsilon, value, frequencyAdaptiveL2);
    }

    /** A copy with the embedding L2 scaled by each row's training frequency, or not. */
    public OptimizerConfig withFrequencyAdaptiveL2(boolean value) {
        return new OptimizerConfig(learningRate, beta1, beta2, adamEpsilon, embeddingL2, value);
    }
}
