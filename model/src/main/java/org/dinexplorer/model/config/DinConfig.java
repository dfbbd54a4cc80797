package org.dinexplorer.model.config;

import java.util.List;

/**
 * Settings of one model and its training. Immutable; the constructor validates every field and, when one is out of
 * range, throws a {@link ConfigFieldException} that names the field, the value and the allowed range.
 *
 * @param variant               network to train
 * @param embeddingDim          size of every embedding vector, 1..256 (ignored by {@link ModelVariant#LR}, which
 *                              uses 1)
 * @param attentionUnits        hidden layers of the local activation unit (DIN only), each 1..4096, may be empty
 * @param mlpUnits              hidden layers of the top MLP, each 1..4096, may be empty (ignored by LR)
 * @param activation            activation of all hidden layers
 * @param attentionSoftmax      normalise the attention weights of a sample with a softmax over its real behaviours
 *                              (the DIN paper does not; off by default)
 * @param basePooling           pooling of the history for {@link ModelVariant#BASE} and LR
 * @param historyContext        each history key also carries its behaviour's type ({@code btag}) and time-gap
 *                              ({@code time_gap}) embeddings: keys {@code [cate ; brand ; btag ; gap]} against queries
 *                              {@code [cate ; brand ; 0 ; 0]}, so attention can weigh a behaviour by its type and
 *                              recency; off, keys are {@code [cate ; brand]} as in the DIN paper
 * @param learningRate          Adam step size, (0, 1]
 * @param beta1                 Adam first-moment decay, [0, 1)
 * @param beta2                 Adam second-moment decay, [0, 1)
 * @param adamEpsilon           Adam denominator guard, (0, 1)
 * @param embeddingL2           L2 strength λ on the embedding rows a batch uses, [0, 1]; 0 = off. Each used row j
 *                              decays by λ·c_j/B (c_j: its uses in the batch of B samples), or with {@code
 *                              frequencyAdaptiveL2} by λ/n_j as in the DIN paper's mini-batch aware regularisation
 *                              (n_j: its uses in the whole training split)
 * @param batchSize             samples per training step, 1..65536
 * @param epochs                passes over the training data, 1..1000
 * @param evaluateEveryBatches  evaluate on the validation split every K steps (and at each epoch's end); 0 = about
 *                              {@value #EVALUATIONS_PER_EPOCH} times per epoch, see {@link #evaluationInterval}
 * @param earlyStoppingPatience stop after this many validation evaluations in a row without a better score (GAUC,
 *                              weighted as {@code gaucWeighting} says), 0 = never stop early
 * @param threads               BLAS threads, 0 = library default, else 1..256
 * @param gaucWeighting         which GAUC (weighted by impressions or by clicks) picks the best model and drives
 *                              early stopping; both are always computed
 * @param frequencyAdaptiveL2   scale each row's L2 by 1/n_j (see {@code embeddingL2}): rare ids, the ones that
 *                              memorise single impressions, are held back hardest
 */
public record DinConfig(ModelVariant variant, int embeddingDim, List<Integer> attentionUnits, List<Integer> mlpUnits,
                        ActivationKind activation, boolean attentionSoftmax, PoolingMode basePooling,
                        boolean historyContext,
                        double learningRate, double beta1, double beta2, double adamEpsilon, double embeddingL2,
                        int batchSize, int epochs, int evaluateEveryBatches, int earlyStoppingPatience, int threads,
                        GaucWeighting gaucWeighting, boolean frequencyAdaptiveL2) {

    /** Validation evaluations per epoch when {@link #evaluateEveryBatches()} is 0 (about every 5 % of an epoch). */
    public static final int EVALUATIONS_PER_EPOCH = 20;

    /**
     * Validates all fields; see the record description for the ranges.
     *
     * @throws ConfigFieldException     when a setting is out of its range
     * @throws IllegalArgumentException when the variant, activation, pooling or GAUC weighting is missing
     */
    public DinConfig {
        attentionUnits = List.copyOf(attentionUnits);
        mlpUnits = List.copyOf(mlpUnits);
        requireRange("embeddingDim", embeddingDim, 1, 256);
        attentionUnits.forEach(u -> requireRange("attentionUnits", u, 1, 4096));
        mlpUnits.forEach(u -> requireRange("mlpUnits", u, 1, 4096));
        requireOpenClosed("learningRate", learningRate, 0, 1);
        requireClosedOpen("beta1", beta1, 0, 1);
        requireClosedOpen("beta2", beta2, 0, 1);
        requireOpenClosed("adamEpsilon", adamEpsilon, 0, 1);
        requireClosedOpen("embeddingL2", embeddingL2, 0, 1.000001);
        requireRange("batchSize", batchSize, 1, 65536);
        requireRange("epochs", epochs, 1, 1000);
        requireRange("evaluateEveryBatches", evaluateEveryBatches, 0, Integer.MAX_VALUE);
        requireRange("earlyStoppingPatience", earlyStoppingPatience, 0, 1000);
        requireRange("threads", threads, 0, 256);
        if (variant == null || activation == null || basePooling == null || gaucWeighting == null) {
            throw new IllegalArgumentException("variant, activation, basePooling and gaucWeighting must be set");
        }
    }

    /**
     * The defaults: the network of the DIN paper's Taobao setup (embeddings of 16, attention 80-40, MLP 200-80, PReLU,
     * no softmax, Adam 0.001) plus the behaviour type and time gap in the history keys ({@link #historyContext()}),
     * trained as measured best on generated data of the demo's size (docs/RESULTS.md): batch 32, at most 2 epochs,
     * about 20 validation evaluations per epoch, early stop after 10 evaluations (half an epoch) without a better
     * validation GAUC. The id embeddings memorise the impressions they have seen, so every network peaks near the end
     * of its first epoch; the best evaluation's model is the one a run keeps.
     *
     * @param variant network to train
     */
    public static DinConfig defaults(ModelVariant variant) {
        return new DinConfig(variant, 16, List.of(80, 40), List.of(200, 80), ActivationKind.PRELU, false,
                PoolingMode.MEAN, true, 1e-3, 0.9, 0.999, 1e-8, 0.0, 32, 2, 0, 10, 0, GaucWeighting.IMPRESSIONS,
                false);
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

    /** Embedding size the network really uses: 1 for logistic regression, else {@link #embeddingDim()}. */
    public int effectiveEmbeddingDim() {
        return ModelVariant.LR.equals(variant) ? 1 : embeddingDim;
    }

    /** Hidden layers of the top MLP the network really uses: none for logistic regression. */
    public List<Integer> effectiveMlpUnits() {
        return ModelVariant.LR.equals(variant) ? List.of() : mlpUnits;
    }

    /** A copy with another variant. */
    public DinConfig withVariant(ModelVariant value) {
        return new DinConfig(value, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax, basePooling,
                historyContext, learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs,
                evaluateEveryBatches, earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with another number of epochs. */
    public DinConfig withEpochs(int value) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, historyContext, learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, value,
                evaluateEveryBatches, earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with another learning rate. */
    public DinConfig withLearningRate(double value) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, historyContext, value, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs,
                evaluateEveryBatches, earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with another batch size. */
    public DinConfig withBatchSize(int value) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, historyContext, learningRate, beta1, beta2, adamEpsilon, embeddingL2, value, epochs,
                evaluateEveryBatches, earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with another BLAS thread count (0 = library default). */
    public DinConfig withThreads(int value) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, historyContext, learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs,
                evaluateEveryBatches, earlyStoppingPatience, value, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with other network shapes and activation (embedding size, attention and MLP units). */
    public DinConfig withNetwork(int dim, List<Integer> attention, List<Integer> mlp, ActivationKind kind) {
        return new DinConfig(variant, dim, attention, mlp, kind, attentionSoftmax, basePooling, historyContext,
                learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs, evaluateEveryBatches,
                earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with the embedding L2 scaled by each row's training frequency, or not. */
    public DinConfig withFrequencyAdaptiveL2(boolean value) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, historyContext, learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs,
                evaluateEveryBatches, earlyStoppingPatience, threads, gaucWeighting, value);
    }

    /** A copy with other regularisation and attention options. */
    public DinConfig withOptions(boolean softmax, PoolingMode pooling, double l2) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, softmax, pooling,
                historyContext, learningRate, beta1, beta2, adamEpsilon, l2, batchSize, epochs, evaluateEveryBatches,
                earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with or without the behaviour type and time gap in the history keys. */
    public DinConfig withHistoryContext(boolean value) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, value, learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs,
                evaluateEveryBatches, earlyStoppingPatience, threads, gaucWeighting, frequencyAdaptiveL2);
    }

    /** A copy with other evaluation settings. */
    public DinConfig withEvaluation(int everyBatches, int patience, GaucWeighting weighting) {
        return new DinConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, historyContext, learningRate, beta1, beta2, adamEpsilon, embeddingL2, batchSize, epochs,
                everyBatches, patience, threads, weighting, frequencyAdaptiveL2);
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigFieldException(field, field + " must be in " + min + ".." + max + ", got " + value);
        }
    }

    private static void requireOpenClosed(String field, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            throw new ConfigFieldException(field, field + " must be in (" + min + ", " + max + "], got " + value);
        }
    }

    private static void requireClosedOpen(String field, double value, double min, double max) {
        if (!(value >= min && value < max)) {
            throw new ConfigFieldException(field, field + " must be in [" + min + ", " + max + "), got " + value);
        }
    }
}
