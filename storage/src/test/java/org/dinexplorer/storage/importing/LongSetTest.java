package org.dinexplorer.storage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void addReportsOnlyTheFirstTimeAValueIsSeen() {
        LongSet set = new LongSet();
        assertThat(set.add(42)).isTrue();
        assertThat(set.add(42)).isFalse();
        assertThat(set.add(-1)).isTrue();
        assertThat(set.add(Long.MIN_VALUE)).as("the value marking free slots").isTrue();
        assertThat(set.add(Long.MIN_VALUE)).isFalse();
        assertThat(set.add(999_999_999_999_999_999L)).isTrue();
    }

    @Test
    void keepsEveryValueWhileGrowing() {
        LongSet set = new LongSet();
        for (long value = 0; value < 200_000; value++) {
            assertThat(set.add(value * 1_000_003)).isTrue();
        }
        for (long value = 0; value < 200_000; value++) {
            assertThat(set.add(value * 1_000_003)).isFalse();
        }
    }
}
