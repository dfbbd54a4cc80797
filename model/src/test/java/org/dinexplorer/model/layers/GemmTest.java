package org.dinexplorer.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GemmTest {

    @ParameterizedTest(name = "{5}: {0}x{1}x{2}, transA {3}, transB {4}")
    @CsvSource({
        "7, 1, 5, false, false, OPENBLAS", "7, 1, 5, true, false, OPENBLAS", "7, 1, 5, false, true, OPENBLAS",
        "7, 1, 5, true, true, OPENBLAS", "2, 9, 4, false, false, OPENBLAS", "2, 9, 4, true, true, OPENBLAS",
        "9, 2, 4, true, false, OPENBLAS", "9, 6, 5, false, false, OPENBLAS", "9, 6, 5, true, false, OPENBLAS",
        "9, 6, 5, false, true, OPENBLAS", "9, 6, 5, true, true, OPENBLAS",
        "9, 6, 5, false, false, ND4J", "9, 6, 5, true, false, ND4J", "9, 6, 5, false, true, ND4J",
        "9, 6, 5, true, true, ND4J", "6, 9, 3, true, false, ND4J"})
    void everyShapeAndTransposeMatchesTheDefinition(int m, int n, int k, boolean transA, boolean transB,
                                                    ProductEngine engine) {
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
        engine.newGemm().multiply(transA, transB, m, n, k, 0.5f, a, b, 2f, c);
        for (int i = 0; i < m * n; i++) {
            assertThat(c[i]).as("element %d", i).isCloseTo(expected[i], within(1e-5f));
        }
    }

    @ParameterizedTest
    @EnumSource(ProductEngine.class)
    void operandsLongerThanTheirMatricesAndAnOverwrittenResult(ProductEngine engine) {
        SplittableRandom random = new SplittableRandom(3);
        int m = 4;
        int n = 5;
        int k = 3;
        float[] a = values(random, m * k + 7);
        float[] b = values(random, k * n + 2);
        float[] c = new float[m * n + 3];
        java.util.Arrays.fill(c, Float.NaN);
        engine.newGemm().multiply(false, false, m, n, k, 1f, a, b, 0f, c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * (double) b[p * n + j];
                }
                assertThat(c[i * n + j]).as("element %d,%d", i, j).isCloseTo((float) sum, within(1e-5f));
            }
        }
        assertThat(c[m * n]).as("past the result").isNaN();
    }

    private static float[] values(SplittableRandom random, int count) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) random.nextDouble(-1, 1);
        }
        return v;
    }
}
