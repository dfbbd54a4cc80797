package org.dinexplorer.model.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a {@link DinConfig}'s training runs: batches, epochs, validation and early stopping, BLAS threads. Immutable;
 * the constructor validates every field. Bound by Jackson under these component names.
 *
 * @param batchSize             samples per training step, 1..65536
 * @param epochs                passes over the training data, 1..1000
 * @param evaluateEveryBatches  evaluate on the validation split every K steps (and at each epoch's end); 0 = about
 *                              {@value #EVALUATIONS_PER_EPOCH} times per epoch, see {@link #evaluationInterval}
 * @param earlyStoppingPatience stop after this many validation evaluations in a row without a better score (GAUC,
 *                              weighted as {@code gaucWeighting} says), 0 = never stop early
 * @param gaucWeighting         which GAUC (weighted by impressions or by clicks) picks the best model and drives
 *                              early stopping; both are always computed
 * @param threads               BLAS threads, 0 = library default, else 1..256
 */
public record ScheduleConfig(@JsonProperty(required = true) int batchSize,
                             @JsonProperty(required = true) int epochs,
                             @JsonProperty(required = true) int evaluateEveryBatches,
                             @JsonProperty(required = true) int earlyStoppingPatience,
                             @JsonProperty(required = true) GaucWeighting gaucWeighting,
                             @JsonProperty(required = true) int threads) {

    /** Validation evaluations per epoch when {@link #evaluateEveryBatches()} is 0 (about every 5 % of an epoch). */
    public static final int EVALUATIONS_PER_EPOCH = 20;

    /**
     * Validates all fields; see the record description for the ranges.
     *
     * @throws ConfigFieldException     when a setting is out of its range
     * @throws IllegalArgumentException when the GAUC weighting is missing
     */
    public ScheduleConfig {
        if (gaucWeighting == null) {
            throw new IllegalArgumentException("gaucWeighting must be set");
        }
        Ranges.requireRange("batchSize", batchSize, 1, 65536);
        Ranges.requireRange("epochs", epochs, 1, 1000);
        Ranges.requireRange("evaluateEveryBatches", evaluateEveryBatches, 0, Integer.MAX_VALUE);
        Ranges.requireRange("earlyStoppingPatience", earlyStoppingPatience, 0, 1000);
        Ranges.requireRange("threads", threads, 0, 256);
    }

    /**
     * Steps between validation evaluations for an epoch of {@code stepsPerEpoch} steps: {@link
     * #evaluateEveryBatches()}, or when that is 0 the epoch divided into {@value #EVALUATIONS_PER_EPOCH} (at least 1).
     */
    public long evaluationInterval(long stepsPerEpoch) {
        if (evaluateEveryBatches > 0) {
            return evaluateEveryBatches;
        }
        return Math.max(1, (stepsPerEpoch + EVALUATIONS_PER_EPOCH - 1) / EVALUATIONS_PER_EPOCH);
    }

    /** A copy with another batch size. */
    public ScheduleConfig withBatchSize(int value) {
        return new ScheduleConfig(value, epochs, evaluateEveryBatches, earlyStoppingPatience, gaucWeighting, threads);
    }

    /** A copy with another number of epochs. */
    public ScheduleConfig withEpochs(int value) {
        return new ScheduleConfig(batchSize, value, evaluateEveryBatches, earlyStoppingPatience, gaucWeighting,
                threads);
    }

    /** A copy with other evaluation settings. */
    public ScheduleConfig withEvaluation(int everyBatches, int patience, GaucWeighting weighting) {
        return new ScheduleConfig(batchSize, epochs, everyBatches, patience, weighting, threads);
    }

    /** A copy with another BLAS thread count (0 = library default). */
    public ScheduleConfig withThreads(int value) {
        return new ScheduleConfig(batchSize, epochs, evaluateEveryBatches, earlyStoppingPatience, gaucWeighting, value);
    }
}
