package org.dinexplorer.app.service.training;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.config.ScheduleConfig;

/**
 * Canonical JSON of a {@link RunConfig}: every key sorted, decimals plain and without trailing zeros. A config written
 * before {@code historyContext} existed reads it as false, the network those runs trained; {@code frequencyAdaptiveL2}
 * is written only when true and read as false when absent.
 */
final class RunConfigJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private RunConfigJson() {
    }

    static String write(RunConfig config) {
        DinConfig m = config.model();
        Map<String, Object> model = new TreeMap<>();
        model.put("variant", m.network().variant().name());
        model.put("embeddingDim", m.network().embeddingDim());
        model.put("attentionUnits", m.network().attentionUnits());
        model.put("mlpUnits", m.network().mlpUnits());
        model.put("activation", m.network().activation().name());
        model.put("attentionSoftmax", m.network().attentionSoftmax());
        model.put("basePooling", m.network().basePooling().name());
        model.put("historyContext", m.network().historyContext());
        model.put("learningRate", decimal(m.optimizer().learningRate()));
        model.put("beta1", decimal(m.optimizer().beta1()));
        model.put("beta2", decimal(m.optimizer().beta2()));
        model.put("adamEpsilon", decimal(m.optimizer().adamEpsilon()));
        model.put("embeddingL2", decimal(m.optimizer().embeddingL2()));
        model.put("batchSize", m.schedule().batchSize());
        model.put("epochs", m.schedule().epochs());
        model.put("evaluateEveryBatches", m.schedule().evaluateEveryBatches());
        model.put("earlyStoppingPatience", m.schedule().earlyStoppingPatience());
        model.put("threads", m.schedule().threads());
        model.put("gaucWeighting", m.schedule().gaucWeighting().name());
        if (m.optimizer().frequencyAdaptiveL2()) {
            // written only when on, so the configs (and hashes) of runs without it stay as they were
            model.put("frequencyAdaptiveL2", true);
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("formatVersion", RunConfig.FORMAT_VERSION);
        root.put("historyLength", config.historyLength());
        root.put("seed", config.seed());
        root.put("model", model);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a run config as JSON", e);
        }
    }

    /** Plain decimal without trailing zeros, e.g. 0.001, 1, 1E-8 becomes 0.00000001: the same double, one text. */
    private static BigDecimal decimal(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    static RunConfig read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the run config is not valid JSON: " + e.getOriginalMessage(), e);
        }
        int version = field(root, "formatVersion").asInt();
        if (version != RunConfig.FORMAT_VERSION) {
            throw new IllegalArgumentException("run config format version " + version + " is not supported (this "
                    + "version of DIN Explorer reads " + RunConfig.FORMAT_VERSION + ")");
        }
        JsonNode m = field(root, "model");
        NetworkConfig network = new NetworkConfig(ModelVariant.valueOf(text(m, "variant")),
                integer(m, "embeddingDim"), ints(m, "attentionUnits"), ints(m, "mlpUnits"),
                ActivationKind.valueOf(text(m, "activation")), field(m, "attentionSoftmax").asBoolean(),
                PoolingMode.valueOf(text(m, "basePooling")), m.path("historyContext").asBoolean(false));
        OptimizerConfig optimizer = new OptimizerConfig(real(m, "learningRate"), real(m, "beta1"), real(m, "beta2"),
                real(m, "adamEpsilon"), real(m, "embeddingL2"), m.path("frequencyAdaptiveL2").asBoolean(false));
        ScheduleConfig schedule = new ScheduleConfig(integer(m, "batchSize"), integer(m, "epochs"),
                integer(m, "evaluateEveryBatches"), integer(m, "earlyStoppingPatience"),
                GaucWeighting.valueOf(text(m, "gaucWeighting")), integer(m, "threads"));
        DinConfig model = new DinConfig(network, optimizer, schedule);
        return new RunConfig(model, integer(root, "historyLength"), field(root, "seed").asLong());
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("the run config has no '" + name + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        return field(node, name).asText();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.canConvertToInt()) {
            throw new IllegalArgumentException("the run config's '" + name + "' must be an integer, got " + value);
        }
        return value.asInt();
    }

    private static double real(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("the run config's '" + name + "' must be a number, got " + value);
        }
        return value.asDouble();
    }

    private static List<Integer> ints(JsonNode node, String name) {
        List<Integer> values = new ArrayList<>();
        for (JsonNode item : field(node, name)) {
            values.add(item.asInt());
        }
        return values;
    }
}
