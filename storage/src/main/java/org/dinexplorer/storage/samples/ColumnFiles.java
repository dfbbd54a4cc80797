package org.dinexplorer.storage.samples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dinexplorer.storage.StorageException;

/**
 * Writes and reads primitive arrays as raw little-endian files (one column per file, no header; the length follows
 * from the file size). Used for the dataset folder next to the database.
 */
final class ColumnFiles {

    private static final int CHUNK_BYTES = 1 << 20;

    private ColumnFiles() {
    }

    static void writeInts(Path file, int[] values) {
        try (FileChannel channel = create(file)) {
            ByteBuffer buffer = buffer();
            for (int value : values) {
                if (buffer.remaining() < Integer.BYTES) {
                    drain(channel, buffer);
                }
                buffer.putInt(value);
            }
            drain(channel, buffer);
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    static void writeLongs(Path file, long[] values) {
        try (FileChannel channel = create(file)) {
            ByteBuffer buffer = buffer();
            for (long value : values) {
                if (buffer.remaining() < Long.BYTES) {
                    drain(channel, buffer);
                }
                buffer.putLong(value);
            }
            drain(channel, buffer);
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    static void writeShorts(Path file, short[] values) {
        try (FileChannel channel = create(file)) {
            ByteBuffer buffer = buffer();
            for (short value : values) {
                if (buffer.remaining() < Short.BYTES) {
                    drain(channel, buffer);
                }
                buffer.putShort(value);
            }
            drain(channel, buffer);
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    static void writeFloats(Path file, float[] values) {
        try (FileChannel channel = create(file)) {
            ByteBuffer buffer = buffer();
            for (float value : values) {
                if (buffer.remaining() < Float.BYTES) {
                    drain(channel, buffer);
                }
                buffer.putFloat(value);
            }
            drain(channel, buffer);
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    static void writeBytes(Path file, byte[] values) {
        try (FileChannel channel = create(file)) {
            ByteBuffer wrapped = ByteBuffer.wrap(values);
            while (wrapped.hasRemaining()) {
                channel.write(wrapped);
            }
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    static int[] readInts(Path file) {
        int[] values = new int[length(file, Integer.BYTES)];
        read(file, (chunk, offset) -> {
            int n = chunk.remaining() / Integer.BYTES;
            chunk.asIntBuffer().get(values, offset, n);
            return n;
        });
        return values;
    }

    static long[] readLongs(Path file) {
        long[] values = new long[length(file, Long.BYTES)];
        read(file, (chunk, offset) -> {
            int n = chunk.remaining() / Long.BYTES;
            chunk.asLongBuffer().get(values, offset, n);
            return n;
        });
        return values;
    }

    static short[] readShorts(Path file) {
        short[] values = new short[length(file, Short.BYTES)];
        read(file, (chunk, offset) -> {
            int n = chunk.remaining() / Short.BYTES;
            chunk.asShortBuffer().get(values, offset, n);
            return n;
        });
        return values;
    }

    static float[] readFloats(Path file) {
        float[] values = new float[length(file, Float.BYTES)];
        read(file, (chunk, offset) -> {
            int n = chunk.remaining() / Float.BYTES;
            chunk.asFloatBuffer().get(values, offset, n);
            return n;
        });
        return values;
    }

    static byte[] readBytes(Path file) {
        byte[] values = new byte[length(file, 1)];
        read(file, (chunk, offset) -> {
            int n = chunk.remaining();
            chunk.get(values, offset, n);
            return n;
        });
        return values;
    }

    /** Copies one chunk (a whole number of elements) into the target array at element {@code offset}. */
    private interface ChunkSink {
        int accept(ByteBuffer chunk, int offset);
    }

    private static int length(Path file, int elementBytes) {
        try {
            long count = java.nio.file.Files.size(file) / elementBytes;
            if (count > Integer.MAX_VALUE - 8) {
                throw new StorageException("Dataset file " + file + " holds more than 2^31 values; rebuild with a "
                        + "shorter history");
            }
            return (int) count;
        } catch (IOException e) {
            throw failure("read", file, e);
        }
    }

    /** Fills a 1 MiB buffer completely (or up to the end of the file) before each hand-off, so chunks hold whole values. */
    private static void read(Path file, ChunkSink sink) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = buffer();
            int offset = 0;
            boolean atEnd = false;
            while (!atEnd) {
                buffer.clear();
                while (buffer.hasRemaining() && !atEnd) {
                    atEnd = channel.read(buffer) < 0;
                }
                buffer.flip();
                if (buffer.hasRemaining()) {
                    offset += sink.accept(buffer.slice().order(ByteOrder.LITTLE_ENDIAN), offset);
                }
            }
        } catch (IOException e) {
            throw failure("read", file, e);
        }
    }

    private static FileChannel create(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    private static ByteBuffer buffer() {
        return ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void drain(FileChannel channel, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private static StorageException failure(String verb, Path file, IOException e) {
        return new StorageException("Cannot " + verb + " dataset file " + file + ": " + e.getMessage(), e);
    }
}
