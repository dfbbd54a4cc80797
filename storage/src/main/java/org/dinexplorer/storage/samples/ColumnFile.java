package org.dinexplorer.storage.samples;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dinexplorer.storage.StorageException;

/**
 * One column of the training set: a raw little-endian file of fixed-width values (no header; the length follows from
 * the file size), mapped into memory rather than read into the Java heap. The operating system's page cache holds
 * what is in use, so a training set larger than the heap (the full Taobao data has about 5 GB of columns) builds and
 * trains with a heap of a few hundred megabytes, and reading a sample costs the same as an array access once its
 * pages are resident.
 *
 * <p>A mapping is at most 2 GiB in Java 17, so the file is mapped in segments of 1 GiB; values are 1, 2, 4 or 8 bytes
 * wide, so none straddles two segments. Values are addressed by index, whatever their width: call the accessors that
 * match the width the column was opened with. A column stays mapped until it is garbage collected.
 */
final class ColumnFile {

    private static final int SEGMENT_SHIFT = 30;
    private static final long SEGMENT_MASK = (1L << SEGMENT_SHIFT) - 1;

    private final Path file;
    private final MappedByteBuffer[] segments;
    private final long length;
    private final int widthShift;

    private ColumnFile(Path file, FileChannel channel, FileChannel.MapMode mode, long length, int width)
            throws IOException {
        this.file = file;
        this.length = length;
        this.widthShift = Integer.numberOfTrailingZeros(width);
        long bytes = length << widthShift;
        this.segments = new MappedByteBuffer[(int) ((bytes + SEGMENT_MASK) >>> SEGMENT_SHIFT)];
        for (int s = 0; s < segments.length; s++) {
            long from = (long) s << SEGMENT_SHIFT;
            segments[s] = channel.map(mode, from, Math.min(bytes - from, 1L << SEGMENT_SHIFT));
            segments[s].order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Creates (or replaces) {@code file} with room for {@code length} values of {@code width} bytes, all zero. */
    static ColumnFile create(Path file, long length, int width) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new ColumnFile(file, channel, FileChannel.MapMode.READ_WRITE, length, checkedWidth(width));
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    /** Maps an existing column of values {@code width} bytes wide for reading. */
    static ColumnFile open(Path file, int width) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new ColumnFile(file, channel, FileChannel.MapMode.READ_ONLY,
                    Files.size(file) >> Integer.numberOfTrailingZeros(checkedWidth(width)), width);
        } catch (IOException e) {
            throw failure("read", file, e);
        }
    }

    private static int checkedWidth(int width) {
        if (Integer.bitCount(width) != 1 || width > Long.BYTES) {
            throw new IllegalArgumentException("a column value is 1, 2, 4 or 8 bytes wide, not " + width);
        }
        return width;
    }

    /** Number of values. */
    long length() {
        return length;
    }

    /** The length as an index of a Java array, for columns indexed by impression, user or ad. */
    int intLength() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new StorageException("Dataset file " + file + " holds more than 2^31 values; rebuild with a "
                    + "shorter history");
        }
        return (int) length;
    }

    byte getByte(long index) {
        return segments[(int) (index >>> SEGMENT_SHIFT)].get((int) (index & SEGMENT_MASK));
    }

    void putByte(long index, byte value) {
        segments[(int) (index >>> SEGMENT_SHIFT)].put((int) (index & SEGMENT_MASK), value);
    }

    short getShort(long index) {
        long at = index << 1;
        return segments[(int) (at >>> SEGMENT_SHIFT)].getShort((int) (at & SEGMENT_MASK));
    }

    void putShort(long index, short value) {
        long at = index << 1;
        segments[(int) (at >>> SEGMENT_SHIFT)].putShort((int) (at & SEGMENT_MASK), value);
    }

    int getInt(long index) {
        long at = index << 2;
        return segments[(int) (at >>> SEGMENT_SHIFT)].getInt((int) (at & SEGMENT_MASK));
    }

    void putInt(long index, int value) {
        long at = index << 2;
        segments[(int) (at >>> SEGMENT_SHIFT)].putInt((int) (at & SEGMENT_MASK), value);
    }

    long getLong(long index) {
        long at = index << 3;
        return segments[(int) (at >>> SEGMENT_SHIFT)].getLong((int) (at & SEGMENT_MASK));
    }

    void putLong(long index, long value) {
        long at = index << 3;
        segments[(int) (at >>> SEGMENT_SHIFT)].putLong((int) (at & SEGMENT_MASK), value);
    }

    float getFloat(long index) {
        return Float.intBitsToFloat(getInt(index));
    }

    /** Copies a whole column of 4-byte values into the heap (for the small per-user and per-ad tables). */
    int[] toIntArray() {
        int[] values = new int[intLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = getInt(i);
        }
        return values;
    }

    /** Writes {@code values} from index 0 into a column of 4-byte values. */
    ColumnFile putInts(int[] values) {
        for (int i = 0; i < values.length; i++) {
            putInt(i, values[i]);
        }
        return this;
    }

    /** Writes {@code values} from index 0 into a column of 4-byte floats. */
    ColumnFile putFloats(float[] values) {
        for (int i = 0; i < values.length; i++) {
            putInt(i, Float.floatToRawIntBits(values[i]));
        }
        return this;
    }

    /** Writes {@code values} from index 0 into a column of bytes. */
    ColumnFile putBytes(byte[] values) {
        for (int i = 0; i < values.length; i++) {
            putByte(i, values[i]);
        }
        return this;
    }

    /** Writes {@code values[order[i]]} at index {@code i}: a permutation applied while writing. */
    ColumnFile putLongs(int[] order, long[] values) {
        for (int i = 0; i < order.length; i++) {
            putLong(i, values[order[i]]);
        }
        return this;
    }

    /** Writes {@code values[order[i]]} at index {@code i}: a permutation applied while writing. */
    ColumnFile putBytes(int[] order, byte[] values) {
        for (int i = 0; i < order.length; i++) {
            putByte(i, values[order[i]]);
        }
        return this;
    }

    private static StorageException failure(String verb, Path file, IOException e) {
        return new StorageException("Cannot " + verb + " dataset file " + file + ": " + e.getMessage(), e);
    }
}
