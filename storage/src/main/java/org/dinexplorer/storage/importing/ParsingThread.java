package org.dinexplorer.storage.importing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Parses a file on a background thread and hands the rows over in pooled batches, so that CSV parsing overlaps with
 * validation and inserts on the caller's thread. A fixed pool of {@value #BATCHES} batches of
 * {@value #BATCH_ROWS} rows keeps memory flat; parse errors are rethrown on the caller's thread.
 */
final class ParsingThread implements AutoCloseable {

    private static final int BATCH_ROWS = 1024;
    private static final int BATCHES = 4;

    /** Rows parsed in one go; {@code last} marks the end of the file, {@code error} a parse failure. */
    private static final class Batch {
        private final ParsedRow[] rows;
        private int size;
        private boolean last;
        private @Nullable RuntimeException error;

        Batch(FileRole role, int maxChars) {
            rows = new ParsedRow[BATCH_ROWS];
            for (int i = 0; i < BATCH_ROWS; i++) {
                rows[i] = new ParsedRow(role.columns().size(), maxChars);
            }
        }
    }

    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread parser;
    private @Nullable Batch current;
    private int position;

    /** Starts parsing {@code input}, whose header has already been read. */
    ParsingThread(CsvInput input, FileRole role, ImportConfig config, String name) {
        for (int i = 0; i < BATCHES; i++) {
            free.add(new Batch(role, config.maxLineChars()));
        }
        parser = new Thread(() -> produce(input), "import-parse-" + name);
        parser.setDaemon(true);
        parser.start();
    }

    private void produce(CsvInput input) {
        try {
            boolean end = false;
            while (!end) {
                Batch batch = free.take();
                batch.size = 0;
                try {
                    ParsedRow row = input.next();
                    while (row != null) {
                        batch.rows[batch.size++].copyFrom(row);
                        // a full batch must not read the next row, which would be lost
                        row = batch.size < BATCH_ROWS ? input.next() : null;
                    }
                    end = batch.size < BATCH_ROWS;
                } catch (RuntimeException e) {
                    batch.error = e;
                    end = true;
                }
                batch.last = end;
                full.put(batch);
            }
        } catch (InterruptedException e) {
            // closed by the consumer: stop quietly
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next row, valid until the following call, or null at the end of the file.
     *
     * @throws ImportException       as {@link CsvInput#next()} would
     * @throws CancellationException if this thread is interrupted while waiting
     */
    @Nullable ParsedRow next() {
        while (current == null || position >= current.size) {
            if (current != null) {
                // the rows parsed before an error are handed out first
                if (current.error != null) {
                    throw current.error;
                }
                if (current.last) {
                    return null;
                }
                free.add(current);
            }
            current = take();
            position = 0;
        }
        return current.rows[position++];
    }

    private Batch take() {
        try {
            return full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted while waiting for parsed rows");
        }
    }

    /** Stops the parser and waits for it, so that the input can be closed safely afterwards. */
    @Override
    public void close() {
        parser.interrupt();
        full.clear();
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
