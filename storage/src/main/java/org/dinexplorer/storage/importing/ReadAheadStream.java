package org.dinexplorer.storage.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads another stream on a background thread, one MiB block ahead at a time, so that disk reads, hashing and gzip
 * decompression run in parallel with parsing. At most {@value #QUEUED_BLOCKS} blocks wait, so memory stays flat.
 */
final class ReadAheadStream extends InputStream {

    private static final int BLOCK_BYTES = 1 << 20;
    private static final int QUEUED_BLOCKS = 4;

    /** A block of bytes, the end of the stream ({@code length < 0}) or a read error. */
    private record Block(byte[] data, int length, @Nullable IOException error) {
    }

    private static final Block END = new Block(new byte[0], -1, null);

    private final BlockingQueue<Block> queue = new ArrayBlockingQueue<>(QUEUED_BLOCKS);
    private final Thread reader;
    private volatile boolean closed;
    private Block current = new Block(new byte[0], 0, null);
    private int position;

    ReadAheadStream(InputStream source, String name) {
        reader = new Thread(() -> pump(source), "import-read-ahead-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads the source until its end or until closed; the source is closed by its owner, not here. */
    private void pump(InputStream source) {
        try {
            boolean end = false;
            while (!closed && !end) {
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
                    queue.put(new Block(data, length, null));
                    throw e;
                }
                if (length > 0) {
                    queue.put(new Block(data, length, null));
                }
            }
            queue.put(END);
        } catch (IOException e) {
            offerQuietly(new Block(new byte[0], -1, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offerQuietly(Block block) {
        try {
            queue.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            if (current.length() < 0) {
                return -1;
            }
            current = nextBlock();
            position = 0;
        }
        int count = Math.min(length, current.length() - position);
        System.arraycopy(current.data(), position, buffer, offset, count);
        position += count;
        return count;
    }

    private Block nextBlock() throws IOException {
        try {
            Block block = queue.take();
            if (block.error() != null) {
                throw new IOException(block.error().getMessage(), block.error());
            }
            return block;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
    }

    /** Waits until the background thread has finished with the source (after the end was read, or closing). */
    void awaitReader() throws IOException {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the read-ahead thread");
        }
    }

    /** Stops the background thread; the source stays open. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        queue.clear();
    }
}
