package org.dinexplorer.storage.samples;

/** The three sample splits of a dataset; the stored code is the ordinal. */
public enum Split {
    /** Used to fit the model and to build the vocabularies. */
    TRAIN,
    /** Carved from the training days for early stopping and model choice (may be empty). */
    VALIDATION,
    /** The held-out test day. */
    TEST;

    /** Code of impressions on days after the test day, which belong to no split. */
    static final byte EXCLUDED = 3;

    /** The lower-case name used in files, tables and summaries. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
