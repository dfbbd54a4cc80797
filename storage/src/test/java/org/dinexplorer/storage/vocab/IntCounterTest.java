package org.dinexplorer.storage.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntCounterTest {

    @Test
    void countsLikeAHashMapThroughManyResizes() {
        IntCounter counter = new IntCounter();
        Map<Integer, Long> reference = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            int key = random.nextInt(50_000) - 25_000;
            counter.add(key);
            reference.merge(key, 1L, Long::sum);
        }

        assertThat(counter.distinctCount()).isEqualTo(reference.size());
        Map<Integer, Long> counted = new HashMap<>();
        reference.keySet().forEach(key -> counted.put(key, counter.count(key)));
        assertThat(counted).isEqualTo(reference);
        assertThat(java.util.Arrays.stream(counter.keys()).boxed().toList())
                .containsExactlyInAnyOrderElementsOf(reference.keySet());
    }

    @Test
    void countsTheSentinelKeysToo() {
        IntCounter counter = new IntCounter();
        counter.add(Integer.MIN_VALUE + 1, 4);
        counter.add(Vocabulary.MISSING);

        assertThat(counter.count(Integer.MIN_VALUE + 1)).isEqualTo(4);
        assertThat(counter.count(Vocabulary.MISSING)).isEqualTo(1);
        assertThat(counter.keys()).containsExactlyInAnyOrder(Integer.MIN_VALUE + 1, Vocabulary.MISSING);
        assertThat(counter.count(99)).isZero();
    }
}
