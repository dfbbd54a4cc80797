package org.dinexplorer.storage.demo;

/**
 * Receives progress from {@link DemoDataGenerator}. Calls come from the generating thread, a few times per second at
 * most for the large presets; implementations must be quick and must not throw.
 */
public interface GenerationListener {

    /** A listener that ignores everything. */
    GenerationListener NONE = new GenerationListener() { };

    /**
     * Generation has started.
     *
     * @param expectedRowCount planned number of data rows over all four files (without dirty rows)
     */
    default void onStart(long expectedRowCount) {
    }

    /**
     * Rows were written.
     *
     * @param rowsWritten      data rows written so far over all files (may end slightly above the expected count)
     * @param expectedRowCount the count announced in {@link #onStart(long)}
     */
    default void onProgress(long rowsWritten, long expectedRowCount) {
    }

    /** A file is complete. */
    default void onFileDone(GeneratedFile file) {
    }
}
