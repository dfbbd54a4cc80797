package org.dinexplorer.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.GradientCheck;
import org.dinexplorer.model.config.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerGradientTest {

    private static float[] randomArray(int size, SplittableRandom random, double scale) {
        float[] a = new float[size];
        for (int i = 0; i < size; i++) {
            a[i] = (float) random.nextDouble(-scale, scale);
        }
        return a;
    }

    @Test
    void diceGradientsMatchFiniteDifferencesThroughTheBatchStatistics() {
        SplittableRandom random = new SplittableRandom(1);
        int rows = 6;
        int units = 3;
        Dice dice = new Dice("d", units);
        float[] alpha = dice.params().get(0).value();
        for (int j = 0; j < units; j++) {
            alpha[j] = 0.2f * (j + 1);
        }
        float[] s = randomArray(rows * units, random, 1.5);
        float[] weightsOfLoss = randomArray(rows * units, random, 1.0);
        float[] y = new float[rows * units];
        java.util.function.DoubleSupplier loss = () -> {
            dice.forward(s, y, rows, true);
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                sum += weightsOfLoss[i] * y[i];
            }
            return sum;
        };
        loss.getAsDouble();
        float[] ds = new float[rows * units];
        dice.backward(s, weightsOfLoss, ds, rows);
        GradientCheck check = new GradientCheck();
        for (int i = 0; i < s.length; i++) {
            check.check("s", s, i, ds[i], loss);
        }
        for (int j = 0; j < units; j++) {
            check.check("alpha", alpha, j, dice.params().get(0).grad()[j], loss);
        }
        assertThat(check.mismatches()).isEmpty();
    }

    @ParameterizedTest(name = "{0}, keys {1} wide")
    @CsvSource({"PRELU, 4", "DICE, 4", "PRELU, 7", "DICE, 7"})
    void localActivationUnitGradientsMatchFiniteDifferences(ActivationKind kind, int keyDim) {
        SplittableRandom random = new SplittableRandom(2);
        int dim = 4;
        LocalActivationUnit unit = new LocalActivationUnit("a", dim, keyDim, List.of(5, 3), kind,
                new SplittableRandom(3));
        int[] rowStart = {0, 3, 3, 5};
        int batch = 3;
        float[] queries = randomArray(batch * dim, random, 1);
        float[] keys = randomArray(5 * keyDim, random, 1);
        float[] lossWeights = randomArray(5, random, 1);
        java.util.function.DoubleSupplier loss = () -> {
            float[] scores = unit.forward(queries, keys, rowStart, batch, true);
            double sum = 0;
            for (int r = 0; r < 5; r++) {
                sum += lossWeights[r] * scores[r];
            }
            return sum;
        };
        loss.getAsDouble();
        float[] dq = new float[batch * dim];
        float[] dk = new float[5 * keyDim];
        unit.backward(lossWeights, queries, keys, rowStart, batch, dq, dk);
        GradientCheck check = new GradientCheck();
        for (int i = 0; i < queries.length; i++) {
            check.check("query", queries, i, dq[i], loss);
        }
        for (int i = 0; i < keys.length; i++) {
            check.check("key", keys, i, dk[i], loss);
        }
        for (Param p : unit.params()) {
            for (int i = 0; i < p.size(); i++) {
                check.check(p.name(), p.value(), i, p.grad()[i], loss);
            }
        }
        assertThat(check.checked()).isGreaterThan(140);
        assertThat(check.mismatches()).isEmpty();
    }

    @Test
    void linearLocalActivationUnitScoresThePapersConcatenatedInput() {
        SplittableRandom random = new SplittableRandom(5);
        int q = 3;
        int k = 5;
        LocalActivationUnit unit = new LocalActivationUnit("a", q, k, List.of(), ActivationKind.PRELU,
                new SplittableRandom(6));
        float[] bias = unit.params().get(1).value();
        bias[0] = 0.3f;
        float[] queries = randomArray(2 * q, random, 1);
        float[] keys = randomArray(3 * k, random, 1);
        int[] rowStart = {0, 1, 3};

        float[] scores = unit.forward(queries, keys, rowStart, 2, false);

        float[] w = unit.params().get(0).value();
        for (int r = 0; r < 3; r++) {
            int s = r < 1 ? 0 : 1;
            // input [q ; k ; q - k[0:q] ; q (.) k[0:q]] against the weight rows in the same order
            double expected = bias[0];
            for (int d = 0; d < q; d++) {
                float qd = queries[s * q + d];
                float kd = keys[r * k + d];
                expected += qd * w[d] + (qd - kd) * w[q + k + d] + qd * kd * w[2 * q + k + d];
            }
            for (int d = 0; d < k; d++) {
                expected += keys[r * k + d] * w[q + d];
            }
            assertThat(scores[r]).as("row %d", r).isCloseTo((float) expected, within(1e-5f));
        }
    }

    @Test
    void attentionPoolingWithSoftmaxGradientsMatchFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(4);
        AttentionPooling pooling = new AttentionPooling(2, true);
        int[] rowStart = {0, 2, 5};
        float[] scores = randomArray(5, random, 1);
        float[] keys = randomArray(10, random, 1);
        float[] lossWeights = randomArray(4, random, 1);
        java.util.function.DoubleSupplier loss = () -> {
            pooling.forward(scores, keys, rowStart, 2);
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += lossWeights[i] * pooling.interest()[i];
            }
            return sum;
        };
        loss.getAsDouble();
        float[] dKeys = new float[10];
        float[] dScores = pooling.backward(lossWeights, keys, rowStart, 2, dKeys).clone();
        GradientCheck check = new GradientCheck();
        for (int i = 0; i < 5; i++) {
            check.check("score", scores, i, dScores[i], loss);
        }
        for (int i = 0; i < 10; i++) {
            check.check("key", keys, i, dKeys[i], loss);
        }
        assertThat(check.mismatches()).isEmpty();
    }
}
