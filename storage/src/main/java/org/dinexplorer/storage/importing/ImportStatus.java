package org.dinexplorer.storage.importing;

/** How the import of one file ended. */
public enum ImportStatus {
    /** The whole file was imported in this run. */
    DONE,
    /** An earlier, interrupted import of the same file was continued after its last committed chunk and finished. */
    RESUMED,
    /** A file with the same content (sha256) was imported before; nothing was written. */
    ALREADY_IMPORTED
}
