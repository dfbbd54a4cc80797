package org.dinexplorer.storage.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes comma-separated ASCII lines ending in {@code \n}, fast enough for tens of millions of rows, and counts
 * physical lines. A general CSV writer is not used on purpose: the generator must emit exact bytes, including the
 * malformed lines that such a writer is built to prevent, and no generated field ever needs quoting.
 */
final class AsciiLineWriter implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path path;
    private final OutputStream out;
    private byte[] line = new byte[256];
    private int length;
    private int lastLength;
    private boolean fieldStarted;
    private long lineCount;

    private AsciiLineWriter(Path path, OutputStream out) {
        this.path = path;
        this.out = out;
    }

    /** Opens (replacing) {@code path}, gzip-compressed if asked; gzip output carries no time stamp. */
    static AsciiLineWriter open(Path path, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(path);
        OutputStream stream = gzip ? new GZIPOutputStream(raw, BUFFER_BYTES) : raw;
        return new AsciiLineWriter(path, new BufferedOutputStream(stream, BUFFER_BYTES));
    }

    Path path() {
        return path;
    }

    /** Physical lines written so far, header included; the next line gets number {@code lineCount() + 1}. */
    long lineCount() {
        return lineCount;
    }

    AsciiLineWriter field(long value) {
        separate();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        int start = length;
        do {
            put((byte) ('0' + value % 10));
            value /= 10;
        } while (value > 0);
        reverse(start, length - 1);
        return this;
    }

    AsciiLineWriter field(String value) {
        separate();
        for (int i = 0; i < value.length(); i++) {
            put((byte) value.charAt(i));
        }
        return this;
    }

    /** Appends a non-negative fixed-point number, e.g. {@code fixed(12345, 2)} gives {@code 123.45}. */
    AsciiLineWriter fixed(long scaled, int decimals) {
        long divisor = 1;
        for (int i = 0; i < decimals; i++) {
            divisor *= 10;
        }
        field(scaled / divisor);
        put((byte) '.');
        long fraction = scaled % divisor;
        for (long d = divisor / 10; d > 0; d /= 10) {
            put((byte) ('0' + fraction / d % 10));
        }
        return this;
    }

    /** Ends the current line. */
    void endLine() throws IOException {
        put((byte) '\n');
        out.write(line, 0, length);
        lastLength = length - 1;
        length = 0;
        fieldStarted = false;
        lineCount++;
    }

    /** Writes a complete line as given (no newline inside). */
    void rawLine(String text) throws IOException {
        length = 0;
        fieldStarted = true;
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
        endLine();
    }

    /** The text of the line written last, without its newline. */
    String lastLine() {
        return new String(line, 0, lastLength, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void separate() {
        if (fieldStarted) {
            put((byte) ',');
        }
        fieldStarted = true;
    }

    private void put(byte b) {
        if (length == line.length) {
            byte[] bigger = new byte[line.length * 2];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        line[length++] = b;
    }

    private void reverse(int from, int to) {
        for (int i = from, j = to; i < j; i++, j--) {
            byte t = line[i];
            line[i] = line[j];
            line[j] = t;
        }
    }
}
