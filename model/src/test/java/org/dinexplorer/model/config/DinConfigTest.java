package org.dinexplorer.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DinConfigTest {

    @Test
    void defaultsFollowThePaper() {
        DinConfig c = DinConfig.defaults(ModelVariant.DIN);
        assertThat(c.embeddingDim()).isEqualTo(16);
        assertThat(c.attentionUnits()).containsExactly(80, 40);
        assertThat(c.mlpUnits()).containsExactly(200, 80);
        assertThat(c.attentionSoftmax()).isFalse();
    }

    @Test
    void namesTheFieldTheValueAndTheRangeOfABadSetting() {
        assertThatThrownBy(() -> DinConfig.defaults(ModelVariant.DIN).withLearningRate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningRate").hasMessageContaining("0.0").hasMessageContaining("(0.0, 1.0]");
        assertThatThrownBy(() -> DinConfig.defaults(ModelVariant.DIN).withBatchSize(0))
                .hasMessageContaining("batchSize must be in 1..65536, got 0");
        assertThatThrownBy(() -> DinConfig.defaults(ModelVariant.DIN).withNetwork(16, List.of(80, 0), List.of(),
                ActivationKind.DICE)).hasMessageContaining("attentionUnits");
    }

    @Test
    void logisticRegressionUsesSizeOneEmbeddingsAndNoHiddenLayer() {
        DinConfig lr = DinConfig.defaults(ModelVariant.LR);
        assertThat(lr.effectiveEmbeddingDim()).isEqualTo(1);
        assertThat(lr.effectiveMlpUnits()).isEmpty();
    }
}
