package org.dinexplorer.app.gui.training;

/** The text fields of the training form; each has its own validation message. */
public enum TrainField {
    /** Embedding width of every field. */
    EMBEDDING_DIM("embeddingDim", "Embedding dim"),
    /** Hidden layers of the local activation unit, e.g. 80,40. */
    ATTENTION_UNITS("attentionUnits", "Attention units"),
    /** Hidden layers of the top MLP, e.g. 200,80. */
    MLP_UNITS("mlpUnits", "MLP units"),
    /** Adam learning rate. */
    LEARNING_RATE("learningRate", "Learning rate"),
    /** Samples per mini-batch. */
    BATCH_SIZE("batchSize", "Batch size"),
    /** Passes over the training split. */
    EPOCHS("epochs", "Epochs"),
    /** Mini-batch-aware L2 on embedding rows. */
    L2("embeddingL2", "Embedding L2"),
    /** Master seed of the run. */
    SEED("seed", "Seed"),
    /** Numeric threads, 0 = all cores. */
    THREADS("threads", "Threads"),
    /** Validation every K batches, 0 = about 20 times per epoch. */
    EVALUATE_EVERY("evaluateEveryBatches", "Eval every K"),
    /** Validation evaluations without a better score before training stops, 0 = never. */
    PATIENCE("earlyStoppingPatience", "Patience");

    private final String configName;
    private final String label;

    TrainField(String configName, String label) {
        this.configName = configName;
        this.label = label;
    }

    /** The name of the model configuration's component, as {@code ConfigFieldException.field()} gives it. */
    public String configName() {
        return configName;
    }

    /** Label shown next to the field. */
    public String label() {
        return label;
    }
}
