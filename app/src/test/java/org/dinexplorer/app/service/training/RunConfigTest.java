package org.dinexplorer.app.service.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
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

class RunConfigTest {

    private static RunConfig din() {
        return new RunConfig(DinConfig.defaults(ModelVariant.DIN), 50, 42);
    }

    @Test
    void equalConfigsBuiltDifferentlyGiveTheSameTextAndHash() {
        RunConfig direct = din();
        RunConfig viaCopies = new RunConfig(DinConfig.defaults(ModelVariant.DIN).withBatchSize(64).withBatchSize(32)
                .withLearningRate(0.01).withLearningRate(1e-3), 50, 7).withSeed(42);

        assertThat(viaCopies.toCanonicalJson()).isEqualTo(direct.toCanonicalJson());
        assertThat(viaCopies.sha256()).isEqualTo(direct.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void everySettingChangesTheHash() {
        DinConfig base = DinConfig.defaults(ModelVariant.DIN);
        List<RunConfig> variants = List.of(din(), din().withSeed(43), new RunConfig(base, 20, 42),
                din().withModel(base.withLearningRate(0.002)), din().withModel(base.withThreads(1)),
                din().withModel(base.withNetwork(8, List.of(80, 40), List.of(200, 80), ActivationKind.PRELU)),
                din().withModel(base.withNetwork(16, List.of(80, 40), List.of(200, 80), ActivationKind.DICE)),
                din().withModel(DinConfig.defaults(ModelVariant.BASE)),
                din().withModel(base.withHistoryContext(false)));

        assertThat(variants.stream().map(RunConfig::sha256).distinct()).hasSize(variants.size());
    }

    @Test
    void keysAreSortedAtEveryLevelAndNumbersArePlain() throws Exception {
        String json = din().toCanonicalJson();
        JsonNode root = JsonMapper.builder().build().readTree(json);

        assertThat(fieldNames(root)).isSorted();
        assertThat(fieldNames(root.get("model"))).isSorted().contains("learningRate", "adamEpsilon", "threads");
        assertThat(json).doesNotContain(" ").doesNotContain("E-").doesNotContain("e-")
                .contains("\"adamEpsilon\":0.00000001").contains("\"learningRate\":0.001");
    }

    @Test
    void theCanonicalTextAndHashAreThoseEarlierVersionsStoredForTheSameConfig() {
        String stored = "{\"formatVersion\":1,\"historyLength\":50,\"model\":{\"activation\":\"PRELU\","
                + "\"adamEpsilon\":0.00000001,\"attentionSoftmax\":false,\"attentionUnits\":[80,40],"
                + "\"basePooling\":\"MEAN\",\"batchSize\":32,\"beta1\":0.9,\"beta2\":0.999,"
                + "\"earlyStoppingPatience\":10,\"embeddingDim\":16,\"embeddingL2\":0,\"epochs\":2,"
                + "\"evaluateEveryBatches\":0,\"gaucWeighting\":\"IMPRESSIONS\",\"historyContext\":true,"
                + "\"learningRate\":0.001,\"mlpUnits\":[200,80],\"threads\":0,\"variant\":\"DIN\"},\"seed\":42}";

        assertThat(din().toCanonicalJson()).isEqualTo(stored);
        assertThat(din().sha256()).isEqualTo("6e6fef9a14f170eecf71557e5295984d51066005eb1456a7e206bb9a12b9dcca");
        assertThat(RunConfig.fromJson(stored)).isEqualTo(din());
    }

    @Test
    void jsonRoundTripGivesAnEqualConfig() {
        RunConfig original = new RunConfig(DinConfig.defaults(ModelVariant.DIN)
                .withNetwork(8, List.of(36), List.of(64, 32), ActivationKind.DICE).withLearningRate(0.0025)
                .withOptions(true, PoolingMode.SUM, 1e-5), 30, -9L);

        RunConfig read = RunConfig.fromJson(original.toCanonicalJson());

        assertThat(read).isEqualTo(original);
        assertThat(read.sha256()).isEqualTo(original.sha256());
    }

    @Test
    void aConfigStoredBeforeTheHistoryContextReadsAsThePapersKeys() {
        RunConfig plain = din().withModel(DinConfig.defaults(ModelVariant.DIN).withHistoryContext(false));
        String stored = plain.toCanonicalJson().replace("\"historyContext\":false,", "");
        assertThat(stored).doesNotContain("historyContext");

        assertThat(RunConfig.fromJson(stored)).isEqualTo(plain);
    }

    @Test
    void aRunConfigStoredByTheHandWrittenMappingReadsIntoTheParts() {
        String stored = "{\"formatVersion\":1,\"historyLength\":30,\"model\":{\"activation\":\"DICE\","
                + "\"adamEpsilon\":0.00000001,\"attentionSoftmax\":true,\"attentionUnits\":[36],"
                + "\"basePooling\":\"SUM\",\"batchSize\":64,\"beta1\":0.9,\"beta2\":0.999,"
                + "\"earlyStoppingPatience\":3,\"embeddingDim\":8,\"embeddingL2\":0.00001,\"epochs\":4,"
                + "\"evaluateEveryBatches\":100,\"frequencyAdaptiveL2\":true,\"gaucWeighting\":\"CLICKS\","
                + "\"historyContext\":false,\"learningRate\":0.0025,\"mlpUnits\":[64,32],\"threads\":1,"
                + "\"variant\":\"BASE\"},\"seed\":-9}";

        RunConfig read = RunConfig.fromJson(stored);

        assertThat(read.model().network()).isEqualTo(new NetworkConfig(ModelVariant.BASE, 8, List.of(36),
                List.of(64, 32), ActivationKind.DICE, true, PoolingMode.SUM, false));
        assertThat(read.model().optimizer()).isEqualTo(new OptimizerConfig(0.0025, 0.9, 0.999, 1e-8, 1e-5, true));
        assertThat(read.model().schedule()).isEqualTo(new ScheduleConfig(64, 4, 100, 3, GaucWeighting.CLICKS, 1));
        assertThat(read.historyLength()).isEqualTo(30);
        assertThat(read.seed()).isEqualTo(-9);
        assertThat(read.toCanonicalJson()).as("written again, the same text").isEqualTo(stored);
    }

    @Test
    void frequencyAdaptiveL2IsWrittenOnlyWhenOn() {
        assertThat(din().toCanonicalJson()).doesNotContain("frequencyAdaptiveL2");
        assertThat(din().withModel(DinConfig.defaults(ModelVariant.DIN).withFrequencyAdaptiveL2(true))
                .toCanonicalJson()).contains("\"evaluateEveryBatches\":0,\"frequencyAdaptiveL2\":true,");
    }

    @Test
    void invalidSettingsAreRefusedWithTheFieldName() {
        assertThatThrownBy(() -> new RunConfig(DinConfig.defaults(ModelVariant.DIN), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history length");
        String noSeed = din().toCanonicalJson().replace(",\"seed\":42", "");
        assertThatThrownBy(() -> RunConfig.fromJson(noSeed)).hasMessageContaining("'seed'");
        String noBatch = din().toCanonicalJson().replace("\"batchSize\":32,", "");
        assertThatThrownBy(() -> RunConfig.fromJson(noBatch)).hasMessageContaining("'batchSize'");
        String halfBatch = din().toCanonicalJson().replace("\"batchSize\":32", "\"batchSize\":1.5");
        assertThatThrownBy(() -> RunConfig.fromJson(halfBatch)).hasMessageContaining("batchSize");
        String textRate = din().toCanonicalJson().replace("\"learningRate\":0.001", "\"learningRate\":\"0.1\"");
        assertThatThrownBy(() -> RunConfig.fromJson(textRate)).hasMessageContaining("learningRate");
        String otherVersion = din().toCanonicalJson().replace("\"formatVersion\":1", "\"formatVersion\":2");
        assertThatThrownBy(() -> RunConfig.fromJson(otherVersion)).hasMessageContaining("format version 2");
        assertThatThrownBy(() -> RunConfig.fromJson("{not json")).hasMessageContaining("not valid JSON");
    }

    @Test
    void aStoredSettingOutOfRangeFailsWithAnExceptionNamingItsField() {
        String badRate = din().toCanonicalJson().replace("\"learningRate\":0.001", "\"learningRate\":7");

        assertThatThrownBy(() -> RunConfig.fromJson(badRate))
                .isInstanceOfSatisfying(ConfigFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("learningRate"))
                .hasMessageStartingWith("learningRate must be in (0.0, 1.0]");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
