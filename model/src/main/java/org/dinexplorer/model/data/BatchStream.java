package org.dinexplorer.model.data;

import java.util.Iterator;

/** An iterator over batches that may hold resources (a reader thread, a file) until it is closed. */
public interface BatchStream extends Iterator<Batch>, AutoCloseable {

    /** Releases the stream's resources; never throws a checked exception. */
    @Override
    void close();
}
