package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnFileTest {

    @TempDir
    Path folder;

    @Test
    void valuesOfEveryWidthReadBackLittleEndianFromTheFileAfterItIsMappedAgain() throws Exception {
        Random random = new Random(9);
        long[] longs = random.longs(1000).toArray();
        int[] ints = random.ints(1000).toArray();
        ColumnFile l = ColumnFile.create(folder.resolve("l"), 1000, 8);
        ColumnFile i = ColumnFile.create(folder.resolve("i"), 1000, 4);
        ColumnFile s = ColumnFile.create(folder.resolve("s"), 1000, 2);
        ColumnFile b = ColumnFile.create(folder.resolve("b"), 1000, 1);
        for (int k = 0; k < 1000; k++) {
            l.putLong(k, longs[k]);
            i.putInt(k, ints[k]);
            s.putShort(k, (short) ints[k]);
            b.putByte(k, (byte) ints[k]);
        }

        ColumnFile l2 = ColumnFile.open(folder.resolve("l"), 8);
        ColumnFile i2 = ColumnFile.open(folder.resolve("i"), 4);
        ColumnFile s2 = ColumnFile.open(folder.resolve("s"), 2);
        ColumnFile b2 = ColumnFile.open(folder.resolve("b"), 1);
        assertThat(Files.size(folder.resolve("l"))).isEqualTo(8000);
        assertThat(l2.length()).isEqualTo(1000);
        assertThat(s2.length()).isEqualTo(1000);
        for (int k = 0; k < 1000; k++) {
            assertThat(l2.getLong(k)).isEqualTo(longs[k]);
            assertThat(i2.getInt(k)).isEqualTo(ints[k]);
            assertThat(s2.getShort(k)).isEqualTo((short) ints[k]);
            assertThat(b2.getByte(k)).isEqualTo((byte) ints[k]);
        }
        byte[] raw = Files.readAllBytes(folder.resolve("i"));
        assertThat(raw[0] & 0xFF).as("lowest byte first").isEqualTo(ints[0] & 0xFF);
    }

    @Test
    void aColumnLargerThanOneMappingIsAddressedAcrossItsSegments() {
        // 1 GiB of ints and a few more: two segments; the file is sparse, so only the touched pages take disk
        long length = (1L << 28) + 10;
        ColumnFile column = ColumnFile.create(folder.resolve("big.i32"), length, 4);
        long[] probes = {0, (1L << 28) - 1, 1L << 28, length - 1};
        for (long probe : probes) {
            column.putInt(probe, (int) (probe * 31));
        }

        ColumnFile mapped = ColumnFile.open(folder.resolve("big.i32"), 4);
        assertThat(mapped.length()).isEqualTo(length);
        for (long probe : probes) {
            assertThat(mapped.getInt(probe)).isEqualTo((int) (probe * 31));
        }
        assertThat(mapped.getInt(12345)).isZero();
    }

    @Test
    void permutedWritesPlaceValueOrderIAtIndexI() {
        ColumnFile column = ColumnFile.create(folder.resolve("p"), 3, 8).putLongs(new int[] {2, 0, 1},
                new long[] {10, 20, 30});
        assertThat(new long[] {column.getLong(0), column.getLong(1), column.getLong(2)}).containsExactly(30, 10, 20);
    }

    @Test
    void anEmptyColumnMapsToLengthZeroAndAWidthThatIsNotAPowerOfTwoIsRefused() {
        ColumnFile.create(folder.resolve("empty"), 0, 4);
        assertThat(ColumnFile.open(folder.resolve("empty"), 4).length()).isZero();
        assertThatThrownBy(() -> ColumnFile.create(folder.resolve("odd"), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 3");
    }
}
