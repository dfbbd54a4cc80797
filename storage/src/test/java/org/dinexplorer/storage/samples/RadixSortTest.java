package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RadixSortTest {

    @Test
    void ordersByKeyAndKeepsEqualKeysInInputOrder() {
        Random random = new Random(1);
        long[] keys = new long[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextBoolean() ? random.nextInt(20) : ((long) random.nextInt(5) << 40) | random.nextInt(3);
        }
        int[] expected = IntStream.range(0, keys.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();

        assertThat(RadixSort.order(keys)).isEqualTo(expected);
    }

    @Test
    void allZeroKeysKeepTheirOrder() {
        assertThat(RadixSort.order(new long[] {0, 0, 0})).containsExactly(0, 1, 2);
    }
}
