package org.dinexplorer.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DinConfigTest {

    @Test
    void defaultsFollowThePaper() {
        NetworkConfig c = DinConfig.defaults(ModelVariant.DIN).network();
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

    static Stream<Arguments> outOfRangeSettings() {
        return Stream.of(Arguments.of("embeddingDim", 0), Arguments.of("embeddingDim", 257),
                Arguments.of("attentionUnits", List.of(80, 0)), Arguments.of("mlpUnits", List.of(4097)),
                Arguments.of("learningRate", 0.0), Arguments.of("learningRate", 1.5), Arguments.of("beta1", 1.0),
                Arguments.of("beta2", -0.1), Arguments.of("adamEpsilon", 0.0), Arguments.of("embeddingL2", 2.0),
                Arguments.of("batchSize", 0), Arguments.of("epochs", 1001), Arguments.of("evaluateEveryBatches", -1),
                Arguments.of("earlyStoppingPatience", 1001), Arguments.of("threads", 257));
    }

    @ParameterizedTest
    @MethodSource("outOfRangeSettings")
    void eachRangeCheckNamesItsFieldInTheException(String field, Object value) {
        assertThatThrownBy(() -> defaultsWith(field, value))
                .isInstanceOfSatisfying(ConfigFieldException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageStartingWith(field + " must be in ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"variant", "activation", "basePooling", "gaucWeighting"})
    void aMissingChoiceConcernsNoSingleField(String field) {
        assertThatThrownBy(() -> defaultsWith(field, null)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPartIsRequired() {
        DinConfig d = DinConfig.defaults(ModelVariant.DIN);
        assertThatThrownBy(() -> new DinConfig(d.network(), null, d.schedule())).hasMessageContaining("optimizer");
    }

    @Test
    void aShortcutChangesOnlyItsPart() {
        DinConfig d = DinConfig.defaults(ModelVariant.DIN);
        DinConfig changed = d.withBatchSize(64).withOptions(true, PoolingMode.SUM, 0.5);
        assertThat(changed.schedule()).isEqualTo(new ScheduleConfig(64, 2, 0, 10, GaucWeighting.IMPRESSIONS, 0));
        assertThat(changed.network()).isEqualTo(d.network().withPooling(true, PoolingMode.SUM));
        assertThat(changed.optimizer()).isEqualTo(d.optimizer().withEmbeddingL2(0.5));
    }

    /**
     * The DIN defaults with one field replaced: the part that has the field is built again through its validating
     * canonical constructor.
     */
    private static DinConfig defaultsWith(String field, Object value) throws Throwable {
        DinConfig defaults = DinConfig.defaults(ModelVariant.DIN);
        Record[] parts = {defaults.network(), defaults.optimizer(), defaults.schedule()};
        for (int p = 0; p < parts.length; p++) {
            RecordComponent[] components = parts[p].getClass().getRecordComponents();
            if (Arrays.stream(components).anyMatch(c -> c.getName().equals(field))) {
                parts[p] = withComponent(parts[p], components, field, value);
            }
        }
        return new DinConfig((NetworkConfig) parts[0], (OptimizerConfig) parts[1], (ScheduleConfig) parts[2]);
    }

    private static Record withComponent(Record part, RecordComponent[] components, String field, Object value)
            throws Throwable {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(part);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return part.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void logisticRegressionUsesSizeOneEmbeddingsAndNoHiddenLayer() {
        NetworkConfig lr = DinConfig.defaults(ModelVariant.LR).network();
        assertThat(lr.effectiveEmbeddingDim()).isEqualTo(1);
        assertThat(lr.effectiveMlpUnits()).isEmpty();
    }
}
