package org.dinexplorer.model.config;

/** Which network a run trains. */
public enum ModelVariant {
    /** Deep Interest Network: attention of the candidate ad over the behaviour history (Zhou et al., KDD 2018). */
    DIN,
    /** Embedding&amp;MLP baseline: the history is pooled by mean (or sum), without attention. */
    BASE,
    /** Logistic regression: one weight per feature value (embedding size 1), no hidden layers. */
    LR
}
