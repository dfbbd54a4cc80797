package org.dinexplorer.storage.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import org.dinexplorer.storage.prefetch.Prefetcher;

/**
 * Reads another stream on a background thread, one MiB block ahead at a time, so that disk reads, hashing and gzip
 * decompression run in parallel with parsing. At most {@value #QUEUED_BLOCKS} blocks wait, so memory stays flat.
 */
final class ReadAheadStream extends InputStream {

    private static final int BLOCK_BYTES = 1 << 20;
    private static final int QUEUED_BLOCKS = 4;

    /** A block of bytes read from the source. */
    private record Block(byte[] data, int length) {
    }

    private static final Block EMPTY = new Block(new byte[0], 0);

    private final Prefetcher<Block> blocks;
    private Block current = EMPTY;
    private int position;
    private boolean ended;

    ReadAheadStream(InputStream source, String name) {
        blocks = Prefetcher.start("import-read-ahead-" + name, QUEUED_BLOCKS, sink -> pump(source, sink));
    }

    /** Reads the source until its end or until closed; the source is closed by its owner, not here. */
    private static void pump(InputStream source, Prefetcher.Sink<Block> sink) throws InterruptedException {
        boolean end = false;
        while (!end) {
            byte[] data = new byte[BLOCK_BYTES];
            int length = 0;
            try {
                while (!end && length < BLOCK_BYTES) {
                    int n = source.read(data, length, BLOCK_BYTES - length);
                    end = n < 0;
                    length += Math.max(n, 0);
                }
            } catch (IOException e) {
                // the bytes read before the error are handed out first, so every complete row is used
                sink.put(new Block(data, length));
                throw new UncheckedIOException(e);
            }
            if (length > 0) {
                sink.put(new Block(data, length));
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position >= current.length()) {
            if (ended) {
                return -1;
            }
            Block next = nextBlock();
            ended = next == null;
            current = ended ? EMPTY : next;
            position = 0;
        }
        int count = Math.min(length, current.length() - position);
        System.arraycopy(current.data(), position, buffer, offset, count);
        position += count;
        return count;
    }

    private Block nextBlock() throws IOException {
        try {
            return blocks.next();
        } catch (UncheckedIOException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
    }

    /** Waits until the background thread has finished with the source (after the end was read, or closing). */
    void awaitReader() throws IOException {
        try {
            blocks.awaitProducer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the read-ahead thread");
        }
    }

    /** Stops the background thread and waits for it; the source stays open. */
    @Override
    public void close() {
        blocks.close();
    }
}
