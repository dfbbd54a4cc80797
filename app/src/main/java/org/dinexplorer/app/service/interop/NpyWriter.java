package org.dinexplorer.app.service.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Streams one array into a NumPy {@code .npy} file (format version 1.0, C order, little-endian), so that NumPy,
 * PyTorch and others can memory-map it. The shape is written first, so it must be known up front; values are then
 * appended in row-major order through a fixed buffer, and {@link #close()} checks that exactly that many came.
 */
final class NpyWriter implements AutoCloseable {

    /** Element types, with NumPy's type string and the byte size. */
    enum DType {
        INT32("<i4", 4), INT64("<i8", 8), FLOAT32("<f4", 4);

        final String descr;
        final int bytes;

        DType(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private final Path file;
    private final DType dtype;
    private final long expected;
    private final OutputStream out;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private long written;

    /** Creates {@code file} and writes the header of an array of {@code dtype} and {@code shape}. */
    NpyWriter(Path file, DType dtype, long... shape) throws IOException {
        this.file = file;
        this.dtype = dtype;
        this.expected = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        this.out = Files.newOutputStream(file);
        out.write(header(dtype, shape));
    }

    /** The header: magic, version, length, and a Python dict literal padded with spaces to a multiple of 64 bytes. */
    static byte[] header(DType dtype, long... shape) {
        String dims = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        String dict = "{'descr': '" + dtype.descr + "', 'fortran_order': False, 'shape': (" + dims
                + (shape.length == 1 ? "," : "") + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int total = (unpadded + 63) / 64 * 64;
        String text = dict + " ".repeat(total - unpadded) + "\n";
        ByteBuffer header = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putShort((short) text.length()).put(text.getBytes(StandardCharsets.US_ASCII));
        return header.array();
    }

    void writeInt(int value) throws IOException {
        room(4).putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(8).putLong(value);
    }

    void writeFloat(float value) throws IOException {
        room(4).putFloat(value);
    }

    /** Writes {@code count} ints from {@code values[from..]}. */
    void writeInts(int[] values, int from, int count) throws IOException {
        for (int i = from; i < from + count; i++) {
            writeInt(values[i]);
        }
    }

    private ByteBuffer room(int bytes) throws IOException {
        if (bytes != dtype.bytes) {
            throw new IllegalStateException(file.getFileName() + " holds " + dtype + ", not " + bytes + "-byte values");
        }
        if (buffer.remaining() < bytes) {
            flush();
        }
        written++;
        return buffer;
    }

    private void flush() throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    /**
     * Flushes and closes the file.
     *
     * @throws IllegalStateException when another number of values than the shape promises was written
     */
    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
        if (written != expected) {
            throw new IllegalStateException(file + ": wrote " + written + " values, the header promises " + expected);
        }
    }
}
