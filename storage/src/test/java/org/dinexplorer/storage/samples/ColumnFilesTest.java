package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips across the 1 MiB chunk boundary of the column reader and writer. */
class ColumnFilesTest {

    private static final int COUNT = 700_001;

    @TempDir
    Path folder;

    private final Random random = new Random(9);

    @Test
    void intsLongsShortsFloatsAndBytesSurviveARoundTrip() {
        int[] ints = random.ints(COUNT).toArray();
        long[] longs = random.longs(COUNT).toArray();
        short[] shorts = new short[COUNT];
        float[] floats = new float[COUNT];
        byte[] bytes = new byte[3 * COUNT];
        for (int i = 0; i < COUNT; i++) {
            shorts[i] = (short) random.nextInt();
            floats[i] = random.nextFloat() - 0.5f;
        }
        random.nextBytes(bytes);

        ColumnFiles.writeInts(folder.resolve("a"), ints);
        ColumnFiles.writeLongs(folder.resolve("b"), longs);
        ColumnFiles.writeShorts(folder.resolve("c"), shorts);
        ColumnFiles.writeFloats(folder.resolve("d"), floats);
        ColumnFiles.writeBytes(folder.resolve("e"), bytes);

        assertThat(ColumnFiles.readInts(folder.resolve("a"))).isEqualTo(ints);
        assertThat(ColumnFiles.readLongs(folder.resolve("b"))).isEqualTo(longs);
        assertThat(ColumnFiles.readShorts(folder.resolve("c"))).isEqualTo(shorts);
        assertThat(ColumnFiles.readFloats(folder.resolve("d"))).isEqualTo(floats);
        assertThat(ColumnFiles.readBytes(folder.resolve("e"))).isEqualTo(bytes);
    }

    @Test
    void emptyColumnsStayEmpty() {
        ColumnFiles.writeInts(folder.resolve("empty"), new int[0]);

        assertThat(ColumnFiles.readInts(folder.resolve("empty"))).isEmpty();
    }
}
