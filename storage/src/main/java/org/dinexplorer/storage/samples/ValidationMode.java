package org.dinexplorer.storage.samples;

/** How a validation split is carved from the training days. */
public enum ValidationMode {
    /** No validation split: every training-day impression is used for training. */
    NONE,
    /**
     * The last training day becomes the validation split (a split by time); with a single training day there is no
     * validation split.
     */
    LAST_TRAIN_DAY,
    /** A seeded share of users: all their training-day impressions become the validation split. */
    USER_SHARE
}
