package org.dinexplorer.model.train;

/** How a training run ended without an exception. */
public enum TrainingStatus {
    /** All configured epochs ran. */
    COMPLETED,
    /** Stopped because the validation GAUC did not improve for the configured patience. */
    EARLY_STOPPED
}
