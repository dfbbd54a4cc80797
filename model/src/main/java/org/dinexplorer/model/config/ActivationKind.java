package org.dinexplorer.model.config;

/** Activation of the hidden layers of the attention unit and of the top MLP. */
public enum ActivationKind {
    /** Parametric ReLU with one learnable slope per unit (initial slope 0.25). */
    PRELU,
    /** Data-adaptive activation of the DIN paper: PReLU whose switch point follows the batch statistics. */
    DICE
}
