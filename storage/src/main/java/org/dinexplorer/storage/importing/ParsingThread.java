package org.dinexplorer.storage.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.dinexplorer.storage.prefetch.Prefetcher;
import org.jspecify.annotations.Nullable;

/**
 * Parses a file on a background thread and hands the rows over in pooled batches, so that CSV parsing overlaps with
 * validation and inserts on the caller's thread. A fixed pool of {@value #BATCHES} batches of
 * {@value #BATCH_ROWS} rows keeps memory flat; parse errors are rethrown on the caller's thread.
 */
final class ParsingThread implements AutoCloseable {

    private static final int BATCH_ROWS = 1024;
    private static final int BATCHES = 4;

    /** Rows parsed in one go, the first {@code size} of them valid. */
    private static final class Batch {
        private final ParsedRow[] rows;
        private int size;

        Batch(FileRole role, int maxChars) {
            rows = new ParsedRow[BATCH_ROWS];
            for (int i = 0; i < BATCH_ROWS; i++) {
                rows[i] = new ParsedRow(role.columns().size(), maxChars);
            }
        }
    }

    private final Prefetcher<Batch> batches;
    private @Nullable Batch current;
    private int position;

    /** Starts parsing {@code input}, whose header has already been read. */
    ParsingThread(CsvInput input, FileRole role, ImportConfig config, String name) {
        List<Batch> pool = new ArrayList<>(BATCHES);
        for (int i = 0; i < BATCHES; i++) {
            pool.add(new Batch(role, config.maxLineChars()));
        }
        batches = Prefetcher.pooled("import-parse-" + name, pool, sink -> produce(input, sink));
    }

    private static void produce(CsvInput input, Prefetcher.Sink<Batch> sink) throws InterruptedException {
        boolean end = false;
        while (!end) {
            Batch batch = sink.reuse();
            batch.size = 0;
            try {
                ParsedRow row = input.next();
                while (row != null) {
                    batch.rows[batch.size++].copyFrom(row);
                    // a full batch must not read the next row, which would be lost
                    row = batch.size < BATCH_ROWS ? input.next() : null;
                }
                end = batch.size < BATCH_ROWS;
            } finally {
                // the rows parsed before an error are handed out first
                if (batch.size > 0) {
                    sink.put(batch);
                }
            }
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
                batches.recycle(current);
                // given back once: when take() rethrows a parse error, the next call must not recycle it again
                current = null;
            }
            current = take();
            position = 0;
            if (current == null) {
                return null;
            }
        }
        return current.rows[position++];
    }

    private @Nullable Batch take() {
        try {
            return batches.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted while waiting for parsed rows");
        }
    }

    /** Stops the parser and waits for it, so that the input can be closed safely afterwards. */
    @Override
    public void close() {
        batches.close();
    }
}
