package org.dinexplorer.model.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdamStepTest {

    @Test
    void firstStepFromZeroMomentsMovesEachValueByAboutTheStepSizeAgainstItsGradient() {
        float[] values = {1f, 1f};
        float[] m = new float[2];
        float[] v = new float[2];
        new AdamStep(0.1f, 0.9f, 0.999f, 1e-8f).apply(values, m, v, 0, new float[] {2f, -0.5f}, 0, 2);
        assertThat(m).containsExactly((1 - 0.9f) * 2f, (1 - 0.9f) * -0.5f);
        assertThat(v[0]).isEqualTo((1 - 0.999f) * 2f * 2f);
        float expected = 1f - 0.1f * m[0] / ((float) Math.sqrt(v[0]) + 1e-8f);
        assertThat(values[0]).isEqualTo(expected);
        assertThat(values[1]).isGreaterThan(1f);
    }

    @Test
    void updatesOnlyTheRangeItIsGivenReadingGradientsFromTheirOwnOffset() {
        float[] values = {5f, 5f, 5f, 5f};
        float[] m = new float[4];
        float[] v = new float[4];
        float[] grads = {0f, 0f, 0f, 1f, 1f};
        new AdamStep(0.1f, 0.9f, 0.999f, 1e-8f).apply(values, m, v, 1, grads, 3, 2);
        assertThat(values[0]).isEqualTo(5f);
        assertThat(values[3]).isEqualTo(5f);
        assertThat(values[1]).isLessThan(5f).isEqualTo(values[2]);
        assertThat(m[0]).isZero();
        assertThat(v[3]).isZero();
    }

    @Test
    void aRepeatedZeroGradientStillMovesValuesWhileMomentsRemain() {
        AdamStep step = new AdamStep(0.1f, 0.9f, 0.999f, 1e-8f);
        float[] values = {0f};
        float[] m = new float[1];
        float[] v = new float[1];
        step.apply(values, m, v, 0, new float[] {1f}, 0, 1);
        float afterGradient = values[0];
        step.apply(values, m, v, 0, new float[] {0f}, 0, 1);
        assertThat(values[0]).isLessThan(afterGradient);
        assertThat(m[0]).isEqualTo(0.9f * ((1 - 0.9f) * 1f) + (1 - 0.9f) * 0f);
    }
}
