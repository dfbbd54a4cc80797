package org.dinexplorer.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.ConfigFieldException;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.config.ScheduleConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Jackson binding of {@link DinConfig} as model files (and their ONNX and safetensors metadata) use it. */
class ConfigJsonTest {

    /** The config of {@code compat/format1-din.zip}, as the release before the history context wrote it. */
    private static final String FORMAT1_CONFIG = """
            {"variant":"DIN","embeddingDim":4,"attentionUnits":[6,3],"mlpUnits":[8,4],"activation":"DICE",
             "attentionSoftmax":false,"basePooling":"MEAN","learningRate":0.001,"beta1":0.9,"beta2":0.999,
             "adamEpsilon":1.0E-8,"embeddingL2":0.0,"batchSize":4,"epochs":5,"evaluateEveryBatches":0,
             "earlyStoppingPatience":2,"threads":1,"gaucWeighting":"IMPRESSIONS"}""";

    @Test
    void aFlatConfigWrittenBeforeThePartsReadsIntoThePartsWithTheSameSettings() throws Exception {
        DinConfig read = ModelFile.mapper().readValue(FORMAT1_CONFIG, DinConfig.class);

        assertThat(read.network()).isEqualTo(new NetworkConfig(ModelVariant.DIN, 4, List.of(6, 3), List.of(8, 4),
                ActivationKind.DICE, false, PoolingMode.MEAN, false));
        assertThat(read.optimizer()).isEqualTo(new OptimizerConfig(0.001, 0.9, 0.999, 1e-8, 0, false));
        assertThat(read.schedule()).isEqualTo(new ScheduleConfig(4, 5, 0, 2, GaucWeighting.IMPRESSIONS, 1));
    }

    @Test
    void aFlatConfigWithTheLaterKeysReadsThem() throws Exception {
        String later = FORMAT1_CONFIG.replace("\"threads\":1,", "\"threads\":1,\"historyContext\":true,"
                + "\"frequencyAdaptiveL2\":true,");

        DinConfig read = ModelFile.mapper().readValue(later, DinConfig.class);

        assertThat(read.network().historyContext()).isTrue();
        assertThat(read.optimizer().frequencyAdaptiveL2()).isTrue();
    }

    static Stream<DinConfig> configs() {
        DinConfig din = DinConfig.defaults(ModelVariant.DIN);
        return Stream.of(din, DinConfig.defaults(ModelVariant.LR), din.withHistoryContext(false),
                din.withOptions(true, PoolingMode.SUM, 1e-5).withFrequencyAdaptiveL2(true),
                din.withNetwork(8, List.of(), List.of(64), ActivationKind.DICE).withLearningRate(0.0025)
                        .withEvaluation(500, 0, GaucWeighting.CLICKS).withThreads(3).withEpochs(7));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void aRoundTripThroughJacksonGivesAnEqualConfig(DinConfig config) throws Exception {
        String json = ModelFile.mapper().writeValueAsString(config);

        assertThat(ModelFile.mapper().readValue(json, DinConfig.class)).isEqualTo(config);
    }

    @Test
    void writesTheFlatLayoutEarlierReleasesRead() {
        Map<String, Object> written = ModelFile.mapper().convertValue(DinConfig.defaults(ModelVariant.DIN),
                new TypeReference<Map<String, Object>>() { });

        assertThat(written.keySet()).containsExactlyInAnyOrder("variant", "embeddingDim", "attentionUnits",
                "mlpUnits", "activation", "attentionSoftmax", "basePooling", "historyContext", "learningRate", "beta1",
                "beta2", "adamEpsilon", "embeddingL2", "batchSize", "epochs", "evaluateEveryBatches",
                "earlyStoppingPatience", "gaucWeighting", "threads");
    }

    @Test
    void aMissingKeyIsNamed() {
        String noBatch = FORMAT1_CONFIG.replace("\"batchSize\":4,", "");

        assertThatThrownBy(() -> ModelFile.mapper().readValue(noBatch, DinConfig.class))
                .hasMessageContaining("'batchSize'");
    }

    @Test
    void aValueOutOfRangeFailsWithTheFieldsOwnException() {
        String badRate = FORMAT1_CONFIG.replace("\"learningRate\":0.001", "\"learningRate\":7");

        assertThatThrownBy(() -> ModelFile.mapper().readValue(badRate, DinConfig.class))
                .hasRootCauseInstanceOf(ConfigFieldException.class)
                .rootCause().hasMessageStartingWith("learningRate must be in (0.0, 1.0]");
    }
}
