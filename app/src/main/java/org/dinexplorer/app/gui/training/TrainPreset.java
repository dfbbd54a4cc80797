package org.dinexplorer.app.gui.training;

import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;

/** Ready-made settings for the training form. */
public enum TrainPreset {
    /** DIN with the paper's widths (attention 80-40, MLP 200-80, PReLU), 5 epochs. */
    PAPER_DIN("DIN — paper defaults", DinConfig.defaults(ModelVariant.DIN)),
    /** The Embedding&MLP baseline with the same budget. */
    PAPER_BASE("Embedding&MLP baseline", DinConfig.defaults(ModelVariant.BASE)),
    /**
     * DIN for data of the demo's size (a few hundred thousand impressions): batch 32 and 2 epochs, validation every
     * 1,000 batches; on the {@code small} demo data this beats batch 1024 by far (see docs/RESULTS.md).
     */
    SMALL_DATA_DIN("DIN — demo-size data (batch 32, 2 epochs)", DinConfig.defaults(ModelVariant.DIN).withBatchSize(32)
            .withEpochs(2).withEvaluation(1000, 2, DinConfig.defaults(ModelVariant.DIN).gaucWeighting())),
    /** DIN for a first look: one epoch, validation every 50 batches. */
    QUICK_DIN("DIN — quick look (1 epoch)", DinConfig.defaults(ModelVariant.DIN).withEpochs(1)
            .withEvaluation(50, 2, DinConfig.defaults(ModelVariant.DIN).gaucWeighting()));

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
