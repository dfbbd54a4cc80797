package org.dinexplorer.app.gui.training;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;

/** Ready-made settings for the training form. */
public enum TrainPreset {
    /**
     * DIN with the defaults: the paper's widths (attention 80-40, MLP 200-80, PReLU), batch 32, at most 2 epochs,
     * about 20 validation evaluations an epoch with the best model kept and early stopping (docs/RESULTS.md).
     */
    DEFAULT_DIN("DIN — defaults (best model kept)", DinConfig.defaults(ModelVariant.DIN)),
    /** The Embedding&MLP baseline with the same budget. */
    DEFAULT_BASE("Embedding&MLP baseline", DinConfig.defaults(ModelVariant.BASE)),
    /**
     * DIN with the paper's large batches of 1024, for training sets of many millions of impressions where batch 32
     * would take too long; on data of the demo's size it learns far less per epoch (docs/RESULTS.md).
     */
    LARGE_DATA_DIN("DIN — large data (batch 1024)", DinConfig.defaults(ModelVariant.DIN).withBatchSize(1024)),
    /** DIN for a first look: one epoch. */
    QUICK_DIN("DIN — quick look (1 epoch)", DinConfig.defaults(ModelVariant.DIN).withEpochs(1));

    private static final long DEFAULT_SEED = 42;

    private final String label;
    private final DinConfig config;

    TrainPreset(String label, DinConfig config) {
        this.label = label;
        this.config = config;
    }

    /** The configuration of the preset. */
    public DinConfig config() {
        return config;
    }

    /** The seed the preset uses. */
    public long seed() {
        return DEFAULT_SEED;
    }

    @Override
    public String toString() {
        return label;
    }
}
