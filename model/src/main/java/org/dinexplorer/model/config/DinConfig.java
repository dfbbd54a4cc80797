package org.dinexplorer.model.config;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one model and its training, in three parts: the {@link NetworkConfig network}, the {@link
 * OptimizerConfig optimizer} and the {@link ScheduleConfig schedule}. Immutable; each part validates its fields and
 * throws a {@link ConfigFieldException} that names the field, the value and the allowed range.
 *
 * <p>Jackson binds it as one flat object, the parts' fields side by side ({@code {"variant":"DIN","embeddingDim":16,
 * ...,"learningRate":0.001,...,"batchSize":32,...}}): the layout every model file and stored run config has had, so
 * those written before the parts existed read as they are. Model files ({@code model.io}) and run configs (the app's
 * {@code RunConfig}) both use this binding.
 *
 * @param network   which network, its sizes and how it reads the history
 * @param optimizer Adam and the embedding L2
 * @param schedule  batches, epochs, validation, early stopping and threads
 */
public record DinConfig(@JsonUnwrapped NetworkConfig network, @JsonUnwrapped OptimizerConfig optimizer,
                        @JsonUnwrapped ScheduleConfig schedule) {

    /** Requires all three parts. */
    public DinConfig {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The defaults: the network of the DIN paper's Taobao setup (embeddings of 16, attention 80-40, MLP 200-80, PReLU,
     * no softmax, Adam 0.001) plus the behaviour type and time gap in the history keys ({@link
     * NetworkConfig#historyContext()}), trained as measured best on generated data of the demo's size
     * (docs/RESULTS.md): batch 32, at most 2 epochs, about 20 validation evaluations per epoch, early stop after 10
     * evaluations (half an epoch) without a better validation GAUC. The id embeddings memorise the impressions they
     * have seen, so every network peaks near the end of its first epoch; the best evaluation's model is the one a run
     * keeps.
     *
     * @param variant network to train
     */
    public static DinConfig defaults(ModelVariant variant) {
        return new DinConfig(
                new NetworkConfig(variant, 16, List.of(80, 40), List.of(200, 80), ActivationKind.PRELU, false,
                        PoolingMode.MEAN, true),
                new OptimizerConfig(1e-3, 0.9, 0.999, 1e-8, 0.0, false),
                new ScheduleConfig(32, 2, 0, 10, GaucWeighting.IMPRESSIONS, 0));
    }

    // Shortcuts to the parts' withers, for the settings that tests and presets vary most.

    /** A copy with other layer sizes and activation (embedding size, attention and MLP units). */
    public DinConfig withNetwork(int dim, List<Integer> attention, List<Integer> mlp, ActivationKind kind) {
        return new DinConfig(network.withLayers(dim, attention, mlp, kind), optimizer, schedule);
    }

    /** A copy with another attention normalisation, baseline pooling and embedding L2 strength. */
    public DinConfig withOptions(boolean softmax, PoolingMode pooling, double l2) {
        return new DinConfig(network.withPooling(softmax, pooling), optimizer.withEmbeddingL2(l2), schedule);
    }

    /** A copy with or without the behaviour type and time gap in the history keys. */
    public DinConfig withHistoryContext(boolean value) {
        return new DinConfig(network.withHistoryContext(value), optimizer, schedule);
    }

    /** A copy with another learning rate. */
    public DinConfig withLearningRate(double value) {
        return new DinConfig(network, optimizer.withLearningRate(value), schedule);
    }

    /** A copy with the embedding L2 scaled by each row's training frequency, or not. */
    public DinConfig withFrequencyAdaptiveL2(boolean value) {
        return new DinConfig(network, optimizer.withFrequencyAdaptiveL2(value), schedule);
    }

    /** A copy with another batch size. */
    public DinConfig withBatchSize(int value) {
        return new DinConfig(network, optimizer, schedule.withBatchSize(value));
    }

    /** A copy with another number of epochs. */
    public DinConfig withEpochs(int value) {
        return new DinConfig(network, optimizer, schedule.withEpochs(value));
    }

    /** A copy with other evaluation settings. */
    public DinConfig withEvaluation(int everyBatches, int patience, GaucWeighting weighting) {
        return new DinConfig(network, optimizer, schedule.withEvaluation(everyBatches, patience, weighting));
    }

    /** A copy with another BLAS thread count (0 = library default). */
    public DinConfig withThreads(int value) {
        return new DinConfig(network, optimizer, schedule.withThreads(value));
    }
}
