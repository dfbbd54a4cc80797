package org.dinexplorer.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GemmTest {

    @ParameterizedTest(name = "{0}x{1}x{2}, transA {3}, transB {4}")
    @CsvSource({
        "7, 1, 5, false, false", "7, 1, 5, true, false", "7, 1, 5, false, true", "7, 1, 5, true, true",
        "2, 9, 4, false, false", "2, 9, 4, true, true", "9, 2, 4, true, false",
        "9, 6, 5, false, false", "9, 6, 5, true, false", "9, 6, 5, false, true", "9, 6, 5, true, true"})
    void everyShapeAndTransposeMatchesTheDefinition(int m, int n, int k, boolean transA, boolean transB) {
        SplittableRandom random = new SplittableRandom(m * 100 + n * 10 + k);
        float[] a = values(random, m * k);
        float[] b = values(random, k * n);
        float[] c = values(random, m * n);
        float[] expected = c.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += (transA ? a[p * m + i] : a[i * k + p]) * (double) (transB ? b[j * k + p] : b[p * n + j]);
                }
                expected[i * n + j] = (float) (0.5 * sum + 2 * c[i * n + j]);
            }
        }
        new Gemm().multiply(transA, transB, m, n, k, 0.5f, a, b, 2f, c);
        for (int i = 0; i < m * n; i++) {
            assertThat(c[i]).as("element %d", i).isCloseTo(expected[i], within(1e-5f));
        }
    }

    private static float[] values(SplittableRandom random, int count) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) random.nextDouble(-1, 1);
        }
        return v;
    }
}
