package org.dinexplorer.model.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The network of a {@link DinConfig}: which one, its sizes and how it reads the history. Immutable; the constructor
 * validates every field. Bound by Jackson under these component names; {@code historyContext} is the one key a stored
 * config may lack (configs and model files written before it existed), and reads as false, the network they trained.
 *
 * @param variant          network to train
 * @param embeddingDim     size of every embedding vector, 1..256 (ignored by {@link ModelVariant#LR}, which uses 1)
 * @param attentionUnits   hidden layers of the local activation unit (DIN only), each 1..4096, may be empty
 * @param mlpUnits         hidden layers of the top MLP, each 1..4096, may be empty (ignored by LR)
 * @param activation       activation of all hidden layers
 * @param attentionSoftmax normalise the attention weights of a sample with a softmax over its real behaviours (the
 *                         DIN paper does not; off by default)
 * @param basePooling      pooling of the history for {@link ModelVariant#BASE} and LR
 * @param historyContext   each history key also carries its behaviour's type ({@code btag}) and time-gap
 *                         ({@code time_gap}) embeddings: keys {@code [cate ; brand ; btag ; gap]} against queries
 *                         {@code [cate ; brand ; 0 ; 0]}, so attention can weigh a behaviour by its type and recency;
 *                         off, keys are {@code [cate ; brand]} as in the DIN paper
 */
public record NetworkConfig(@JsonProperty(required = true) ModelVariant variant,
                            @JsonProperty(required = true) int embeddingDim,
                            @JsonProperty(required = true) List<Integer> attentionUnits,
                            @JsonProperty(required = true) List<Integer> mlpUnits,
                            @JsonProperty(required = true) ActivationKind activation,
                            @JsonProperty(required = true) boolean attentionSoftmax,
                            @JsonProperty(required = true) PoolingMode basePooling,
                            boolean historyContext) {

    /**
     * Validates all fields; see the record description for the ranges.
     *
     * @throws ConfigFieldException     when a size is out of its range
     * @throws IllegalArgumentException when the variant, activation or pooling is missing
     */
    public NetworkConfig {
        if (variant == null || activation == null || basePooling == null) {
            throw new IllegalArgumentException("variant, activation and basePooling must be set");
        }
        attentionUnits = List.copyOf(attentionUnits);
        mlpUnits = List.copyOf(mlpUnits);
        Ranges.requireRange("embeddingDim", embeddingDim, 1, 256);
        attentionUnits.forEach(u -> Ranges.requireRange("attentionUnits", u, 1, 4096));
        mlpUnits.forEach(u -> Ranges.requireRange("mlpUnits", u, 1, 4096));
    }

    /** Embedding size the network really uses: 1 for logistic regression, else {@link #embeddingDim()}. */
    public int effectiveEmbeddingDim() {
        return ModelVariant.LR.equals(variant) ? 1 : embeddingDim;
    }

    /** Hidden layers of the top MLP the network really uses: none for logistic regression. */
    public List<Integer> effectiveMlpUnits() {
        return ModelVariant.LR.equals(variant) ? List.of() : mlpUnits;
    }

    /** A copy with other layer sizes and activation. */
    public NetworkConfig withLayers(int dim, List<Integer> attention, List<Integer> mlp, ActivationKind kind) {
        return new NetworkConfig(variant, dim, attention, mlp, kind, attentionSoftmax, basePooling, historyContext);
    }

    /** A copy with another attention normalisation and baseline pooling. */
    public NetworkConfig withPooling(boolean softmax, PoolingMode pooling) {
        return new NetworkConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, softmax, pooling,
                historyContext);
    }

    /** A copy with or without the behaviour type and time gap in the history keys. */
    public NetworkConfig withHistoryContext(boolean value) {
        return new NetworkConfig(variant, embeddingDim, attentionUnits, mlpUnits, activation, attentionSoftmax,
                basePooling, value);
    }
}
