package org.dinexplorer.storage.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * An input file opened for one pass: the bytes on disk are counted and hashed (sha256) while the parser reads them,
 * so hashing costs no second pass. {@code .gz} files are decompressed on the fly; count and hash cover the
 * compressed bytes, i.e. the file as stored.
 */
final class FileSource implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int HEAD_BYTES = 1 << 16;

    private final HashingStream raw;
    private final InputStream decoded;
    private final @Nullable ReadAheadStream readAhead;

    private FileSource(HashingStream raw, InputStream decoded, @Nullable ReadAheadStream readAhead) {
        this.raw = raw;
        this.decoded = decoded;
        this.readAhead = readAhead;
    }

    /** Opens {@code file}; reading, hashing and decompressing run on a background thread ahead of the parser. */
    static FileSource open(Path file) throws IOException {
        HashingStream raw = new HashingStream(Files.newInputStream(file));
        InputStream data = FileRole.isGzip(file) ? new GZIPInputStream(raw, BUFFER_BYTES) : raw;
        return new FileSource(raw, data, new ReadAheadStream(data, String.valueOf(file.getFileName())));
    }

    /** The (decompressed) content. */
    InputStream data() {
        return readAhead != null ? readAhead : decoded;
    }

    /** Bytes of the file read so far. */
    long bytesRead() {
        return raw.count;
    }

    /**
     * Reads whatever the parser left unread and returns the hex sha256 of the whole file. Call only after the
     * parser has read to the end of {@link #data()}.
     */
    String finishSha256() throws IOException {
        if (readAhead != null) {
            // the read-ahead thread has reached the end of the data; wait until it stops touching the digest
            readAhead.awaitReader();
        }
        byte[] skip = new byte[BUFFER_BYTES];
        while (raw.read(skip, 0, skip.length) >= 0) {
            // reading is what updates the digest
        }
        return HexFormat.of().formatHex(raw.digest.digest());
    }

    @Override
    public void close() throws IOException {
        if (readAhead != null) {
            // waits until the background thread is done with the streams, before they are closed under it
            readAhead.close();
        }
        decoded.close();
    }

    /** Hex sha256 of the whole file, for recognising a file imported before. */
    static String sha256(Path file) throws IOException {
        HashingStream raw = new HashingStream(Files.newInputStream(file));
        try (FileSource source = new FileSource(raw, raw, null)) {
            return source.finishSha256();
        }
    }

    /** Hex sha256 of the first 64 KiB, to check cheaply that an unfinished import is continued on the same file. */
    static String headSha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = newDigest();
            digest.update(in.readNBytes(HEAD_BYTES));
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Counts and hashes every byte read through it. */
    private static final class HashingStream extends FilterInputStream {
        private final MessageDigest digest = newDigest();
        /** Written by the read-ahead thread, read by the parser's thread for progress. */
        private volatile long count;

        HashingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
                count += n;
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, BUFFER_BYTES)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }
    }
}
