package org.dinexplorer.model.bench;

import org.dinexplorer.model.config.ModelVariant;

/**
 * What a throughput benchmark runs. The network is the bench network of the DIN paper's Taobao setup: embeddings of
 * 16 for every field, attention 80-40, MLP 200-80, PReLU, keys [cate ; brand] unless {@code historyContext}.
 *
 * @param variant       network
 * @param vocab         vocabulary sizes
 * @param batchSize     samples per step, 1..65536
 * @param steps         measured steps, at least 1
 * @param warmupSteps   unmeasured steps before (JIT warm-up)
 * @param threads       BLAS threads, 0 = library default
 * @param historyLength L, positions per history
 * @param fullHistories every sample has L behaviours; otherwise lengths are uniform in 0..L
 * @param denseUpdates  update every embedding row each step, as frameworks without sparse updates do (for comparison)
 * @param historyContext keys also carry the behaviour type and time gap, as DIN Explorer trains by default
 */
public record BenchmarkSettings(ModelVariant variant, VocabPreset vocab, int batchSize, int steps, int warmupSteps,
                                int threads, int historyLength, boolean fullHistories, boolean denseUpdates,
                                boolean historyContext) {

    /** Validates the ranges. */
    public BenchmarkSettings {
        if (batchSize < 1 || batchSize > 65536) {
            throw new IllegalArgumentException("batch size must be in 1..65536, got " + batchSize);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        if (warmupSteps < 0 || threads < 0 || historyLength < 1) {
            throw new IllegalArgumentException("warm-up steps and threads must be >= 0, history length >= 1");
        }
    }
}
