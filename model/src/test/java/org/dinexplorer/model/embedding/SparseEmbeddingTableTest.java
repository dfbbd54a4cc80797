package org.dinexplorer.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.dinexplorer.model.optimizer.AdamStep;
import org.junit.jupiter.api.Test;

class SparseEmbeddingTableTest {

    @Test
    void aStepChangesOnlyTheRowsTheBatchTouched() {
        SparseEmbeddingTable table = new SparseEmbeddingTable("t", 1000, 4, new SplittableRandom(1));
        float[] before = table.values().clone();
        table.accumulate(7, new float[] {1, 1, 1, 1}, 0);
        table.accumulate(500, new float[] {-1, 0, 2, 0}, 0);
        table.accumulate(7, new float[] {1, 1, 1, 1}, 0);
        assertThat(table.touchedRowCount()).isEqualTo(2);
        assertThat(table.pendingGradient(7)).containsExactly(2, 2, 2, 2);
        table.applyLazy(new AdamStep(0.01f, 0.9f, 0.999f, 1e-8f), 0f, 1);
        for (int row = 0; row < 1000; row++) {
            for (int d = 0; d < 4; d++) {
                int i = row * 4 + d;
                boolean changed = table.values()[i] != before[i];
                boolean expected = row == 7 || (row == 500 && d % 2 == 0);
                assertThat(changed).as("row %d dim %d", row, d).isEqualTo(expected);
            }
        }
        assertThat(table.touchedRowCount()).isZero();
    }

    @Test
    void miniBatchAwareL2ShrinksTouchedRowsOnly() {
        SparseEmbeddingTable table = new SparseEmbeddingTable("t", 10, 2, new SplittableRandom(2));
        float[] before = table.values().clone();
        table.accumulate(3, new float[] {0, 0}, 0);
        table.applyLazy(new AdamStep(0.01f, 0.9f, 0.999f, 1e-8f), 0.5f, 4);
        for (int d = 0; d < 2; d++) {
            assertThat(Math.abs(table.values()[6 + d])).isLessThan(Math.abs(before[6 + d]));
        }
        assertThat(table.values()[0]).isEqualTo(before[0]);
    }

    @Test
    void denseAdamMovesUntouchedRowsWithNonZeroMomentsButLazyAdamDoesNot() {
        SparseEmbeddingTable lazy = new SparseEmbeddingTable("t", 3, 1, new SplittableRandom(5));
        SparseEmbeddingTable dense = new SparseEmbeddingTable("t", 3, 1, new SplittableRandom(5));
        for (SparseEmbeddingTable t : new SparseEmbeddingTable[] {lazy, dense}) {
            t.accumulate(1, new float[] {1f}, 0);
            t.applyLazy(new AdamStep(0.1f, 0.9f, 0.999f, 1e-8f), 0f, 1);
        }
        float lazyBefore = lazy.values()[1];
        lazy.accumulate(0, new float[] {1f}, 0);
        lazy.applyLazy(new AdamStep(0.1f, 0.9f, 0.999f, 1e-8f), 0f, 1);
        dense.accumulate(0, new float[] {1f}, 0);
        dense.applyDense(new AdamStep(0.1f, 0.9f, 0.999f, 1e-8f));
        assertThat(lazy.values()[1]).isEqualTo(lazyBefore);
        assertThat(dense.values()[1]).isLessThan(lazyBefore);
        assertThat(dense.values()[0]).isEqualTo(lazy.values()[0]);
    }

    @Test
    void manyRowsSurviveHashTableGrowth() {
        SparseEmbeddingTable table = new SparseEmbeddingTable("t", 100_000, 1, new SplittableRandom(3));
        for (int row = 0; row < 100_000; row += 3) {
            table.accumulate(row, new float[] {row}, 0);
        }
        assertThat(table.touchedRowCount()).isEqualTo(33_334);
        assertThat(table.pendingGradient(99_999)).containsExactly(99_999f);
        assertThat(table.pendingGradient(99_998)).containsExactly(0f);
    }

    @Test
    void namesTheTableWhenAnIndexIsOutside() {
        SparseEmbeddingTable table = new SparseEmbeddingTable("brand", 5, 2, new SplittableRandom(4));
        assertThatThrownBy(() -> table.gather(5, new float[2], 0)).hasMessageContaining("brand")
                .hasMessageContaining("5 rows");
    }

    @Test
    void frequencyAdaptiveL2DecaysEachUsedRowByLambdaOverItsTrainingUsesWhateverItsUsesInTheBatch() {
        SparseEmbeddingTable table = new SparseEmbeddingTable("t", 6, 2, new SplittableRandom(3));
        for (int i = 0; i < 8; i++) {
            table.countUse(2);
        }
        table.countUse(4);
        assertThat(table.countedUses(2)).isEqualTo(8);
        table.useCountedFrequencies();
        float[] w = table.values().clone();
        // row 2 used three times in this batch, row 4 once, row 5 never counted: zero data gradient, so Adam's
        // second moment after one step is (1 - beta2) * decay^2, decay = lambda / n_j * w
        for (int use = 0; use < 3; use++) {
            table.accumulate(2, new float[] {0, 0}, 0);
        }
        table.accumulate(4, new float[] {0, 0}, 0);
        table.accumulate(5, new float[] {0, 0}, 0);
        table.applyLazy(new AdamStep(0.01f, 0.9f, 0.999f, 1e-8f), 0.4f, 32);

        for (int d = 0; d < 2; d++) {
            assertSecondMoment(table, 2 * 2 + d, 0.4 / 8 * w[2 * 2 + d]);
            assertSecondMoment(table, 4 * 2 + d, 0.4 / 1 * w[4 * 2 + d]);
            assertSecondMoment(table, 5 * 2 + d, 0.4 / 1 * w[5 * 2 + d]);
            assertThat(table.secondMoments()[0 * 2 + d]).isZero();
        }
        assertThat(table.countedUses(2)).as("counts are dropped once in use").isZero();
    }

    private static void assertSecondMoment(SparseEmbeddingTable table, int index, double decay) {
        assertThat((double) table.secondMoments()[index])
                .isCloseTo((1 - 0.999) * decay * decay, org.assertj.core.api.Assertions.withinPercentage(0.1));
    }
}
