package org.dinexplorer.storage.importing;

/**
 * Receives progress of an import. Calls come on the importing thread; implementations must be quick and must not
 * throw. All methods default to doing nothing.
 */
public interface ImportListener {

    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() { };

    /**
     * A file starts.
     *
     * @param role      which Taobao file it is
     * @param fileName  its name without folder
     * @param sizeBytes its size on disk (compressed size for {@code .gz})
     */
    default void onFileStart(FileRole role, String fileName, long sizeBytes) {
    }

    /**
     * Progress within the current file, at least once per chunk.
     *
     * @param bytesRead     bytes of the file read so far (compressed bytes for {@code .gz}), 0 .. size
     * @param acceptedCount rows stored or counted as duplicates so far, including earlier runs of a resumed import
     * @param rejectedCount rows rejected so far
     */
    default void onProgress(long bytesRead, long acceptedCount, long rejectedCount) {
    }

    /**
     * Work on the current file after its rows are stored that reports no progress of its own: building the
     * behaviours' (user, time_stamp) index, about 9 minutes for the 724 M rows of the full data set, during which
     * the rows are all read and the last progress would otherwise say 100 %.
     *
     * @param description what is being done and over how many rows
     */
    default void onPhase(String description) {
    }

    /** A file has finished (also when it was already imported). */
    default void onFileDone(ImportReport report) {
    }
}
