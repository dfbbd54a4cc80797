package org.dinexplorer.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.ModelInputs;
import org.dinexplorer.model.layers.Dice;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.network.ClickOutput;

/**
 * Writes a model's inference graph as ONNX (opset 13). Inputs are the arrays of {@link ModelInputs} (int32 table rows
 * [N] and [N, L], float32 {@code price} [N], int32 {@code hist_length} [N]); outputs are {@code ctr} [N], the click
 * probabilities that {@link DinModel#predict} computes, and for DIN {@code attention} [N, L], the pooling weights with
 * exact zeros at padded positions. Initializers carry the parameter names of {@link NamedTensor}; Dice layers appear
 * in their inference form (running mean and {@link Dice#inverseStd}). The graph computes every history position and
 * masks the padded ones, where the network skips them: sums run in another order, so scores agree to about 1e-7,
 * not bit for bit.
 */
public final class OnnxExport {

    /** The networks whose graphs {@link #encode} knows. */
    private static final List<ModelVariant> BUILT_IN = List.of(ModelVariant.DIN, ModelVariant.BASE, ModelVariant.LR);

    private final DinConfig config;
    private final NetworkConfig network;
    private final FeatureSchema schema;
    private final Map<String, NamedTensor> tensors = new HashMap<>();
    private final Map<String, String> registered = new HashMap<>();
    private final OnnxGraph g = new OnnxGraph();

    private OnnxExport(DinModel model) {
        if (!BUILT_IN.contains(model.config().network().variant())) {
            throw new ModelFileException("ONNX export writes the graphs of DIN, BASE and LR only, not of a "
                    + model.config().network().variant() + " network");
        }
        this.config = model.config();
        this.network = config.network();
        this.schema = model.schema();
        NamedTensor.of(model).forEach(t -> tensors.put(t.name(), t));
    }

    /**
     * Saves the inference graph of {@code model} to {@code file} (through a temporary file and an atomic move).
     *
     * @param datasetFingerprint stored in the model's metadata with the config and the schema
     * @throws ModelFileException when the file cannot be written, or the network is none of DIN, BASE and LR
     */
    public static void save(Path file, DinModel model, String datasetFingerprint) {
        byte[] bytes = new OnnxExport(model).encode(datasetFingerprint);
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ModelFileException("cannot write ONNX file " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] encode(String fingerprint) {
        int len = schema.historyLength();
        List<String> columns = new ArrayList<>();
        Map<String, String> fieldEmbeddings = new HashMap<>();
        List<String> fields = new ArrayList<>(schema.userFields());
        fields.addAll(schema.adFields());
        for (String field : fields) {
            String index = g.input(ModelInputs.field(field), OnnxGraph.INT32, "N");
            String embedded = g.node("Gather", List.of(weight(NamedTensor.EMBEDDING_PREFIX + field), index));
            fieldEmbeddings.put(field, embedded);
            columns.add(embedded);
        }
        columns.add(unsqueeze(g.input(ModelInputs.PRICE, OnnxGraph.FLOAT, "N"), 1));
        String lengths = g.input(ModelInputs.HIST_LENGTH, OnnxGraph.INT32, "N");
        HistoryMask mask = historyMask(lengths, len);
        String btag = history(ModelInputs.HIST_BTAG, FeatureSchema.BTAG_TABLE, len);
        List<String> keyParts = new ArrayList<>(List.of(history(ModelInputs.HIST_CATE, FeatureSchema.CATE_TABLE, len),
                history(ModelInputs.HIST_BRAND, FeatureSchema.BRAND_TABLE, len)));
        if (network.historyContext()) {
            keyParts.add(btag);
            keyParts.add(history(ModelInputs.HIST_TIME_GAP, FeatureSchema.TIME_GAP_TABLE, len));
        }
        String keys = g.node("Concat", keyParts, "axis", 2);
        String weights = ModelVariant.DIN.equals(network.variant())
                ? attentionWeights(fieldEmbeddings, keys, mask)
                : network.basePooling() == PoolingMode.SUM ? mask.weights : g.node("Div", List.of(mask.weights,
                mask.denominator));
        columns.add(sumOverHistory(g.node("Mul", List.of(unsqueeze(weights, 2), keys))));
        columns.add(g.node("Div", List.of(sumOverHistory(g.node("Mul", List.of(btag, unsqueeze(mask.weights, 2)))),
                mask.denominator)));
        String logit = mlp("top", g.node("Concat", columns, "axis", 1), network.effectiveMlpUnits().size());
        String p = g.node("Clip", List.of(g.node("Sigmoid", List.of(logit)), g.scalar(ClickOutput.MIN_PROBABILITY),
                g.scalar(1 - ClickOutput.MIN_PROBABILITY)));
        g.nodeTo("ctr", "Squeeze", List.of(p, g.longs(1)));
        g.output("ctr", OnnxGraph.FLOAT, "N");
        return g.model("din_explorer_" + network.variant().name().toLowerCase(java.util.Locale.ROOT),
                "DIN Explorer", metadata(fingerprint));
    }

    /**
     * Which history positions are real (bool [N, L]: the last {@code hist_length} ones), the same as 0/1 floats, and
     * max(length, 1) [N, 1].
     */
    private record HistoryMask(String real, String weights, String denominator) {
    }

    private HistoryMask historyMask(String lengths, int len) {
        int[] positions = new int[len];
        for (int i = 0; i < len; i++) {
            positions[i] = i;
        }
        String firstReal = g.node("Sub", List.of(g.ints(len), unsqueeze(lengths, 1)));
        String real = g.node("GreaterOrEqual", List.of(g.ints(positions), firstReal));
        String mask = g.node("Cast", List.of(real), "to", OnnxGraph.FLOAT);
        String count = g.node("Cast", List.of(lengths), "to", OnnxGraph.FLOAT);
        return new HistoryMask(real, mask, unsqueeze(g.node("Max", List.of(count, g.scalar(1f))), 1));
    }

    private String history(String input, String table, int len) {
        String ids = g.input(input, OnnxGraph.INT32, "N", (long) len);
        return g.node("Gather", List.of(weight(NamedTensor.EMBEDDING_PREFIX + table), ids));
    }

    /**
     * The local activation unit on the paper's input {@code [q, k, q - k, q (.) k]} per position (its first layer's
     * rows are in that order), then the weights: raw scores, or a softmax over the real positions, times the mask.
     */
    private String attentionWeights(Map<String, String> fields, String keys, HistoryMask mask) {
        int q = 2 * network.effectiveEmbeddingDim();
        String query = g.node("Concat", List.of(fields.get(FeatureSchema.CATE_TABLE),
                fields.get(FeatureSchema.BRAND_TABLE)), "axis", 1);
        String comparable = network.historyContext()
                ? g.node("Slice", List.of(keys, g.longs(0), g.longs(q), g.longs(2))) : keys;
        String queries = g.node("Expand", List.of(unsqueeze(query, 1), g.node("Shape", List.of(comparable))));
        String x = g.node("Concat", List.of(queries, keys, g.node("Sub", List.of(queries, comparable)),
                g.node("Mul", List.of(queries, comparable))), "axis", 2);
        String h = dense("attention.h0", x);
        if (!network.attentionUnits().isEmpty()) {
            h = mlp("attention.rest", activation("attention.h0", h), network.attentionUnits().size() - 1);
        }
        String scores = g.node("Squeeze", List.of(h, g.longs(2)));
        String weights;
        if (network.attentionSoftmax()) {
            String offset = g.node("Mul", List.of(g.node("Sub", List.of(mask.weights, g.scalar(1f))),
                    g.scalar(1e9f)));
            String soft = g.node("Softmax", List.of(g.node("Add", List.of(scores, offset))), "axis", 1);
            weights = g.node("Mul", List.of(soft, mask.weights));
        } else {
            // Where, not a product with the mask: a negative score times 0 is -0, and padding must weigh exactly 0
            weights = g.node("Where", List.of(mask.real, scores, g.scalar(0f)));
        }
        g.nodeTo("attention", "Identity", List.of(weights));
        g.output("attention", OnnxGraph.FLOAT, "N", (long) schema.historyLength());
        return weights;
    }

    /** {@code hidden} layers {@code prefix.h<i>} with their activation, then the linear {@code prefix.out}. */
    private String mlp(String prefix, String x, int hidden) {
        String current = x;
        for (int i = 0; i < hidden; i++) {
            current = activation(prefix + ".h" + i, dense(prefix + ".h" + i, current));
        }
        return dense(prefix + ".out", current);
    }

    private String dense(String prefix, String x) {
        return g.node("Add", List.of(g.node("MatMul", List.of(x, weight(prefix + ".W"))), weight(prefix + ".b")));
    }

    /** PReLU, or Dice in inference form: {@code s * (a + (1 - a) * sigmoid((s - mean) * invStd))}. */
    private String activation(String prefix, String s) {
        if (network.activation() == ActivationKind.PRELU) {
            return g.node("PRelu", List.of(s, weight(prefix + ".prelu.alpha")));
        }
        String name = prefix + ".dice";
        float[] alpha = tensors.get(name + ".alpha").values();
        float[] variance = tensors.get(name + ".runningVar").values();
        float[] invStd = new float[variance.length];
        float[] oneMinusAlpha = new float[alpha.length];
        for (int j = 0; j < invStd.length; j++) {
            invStd[j] = Dice.inverseStd(variance[j]);
            oneMinusAlpha[j] = 1 - alpha[j];
        }
        long[] dims = {invStd.length};
        String z = g.node("Mul", List.of(g.node("Sub", List.of(s, weight(name + ".runningMean"))),
                g.floats(name + ".invStd", dims, invStd)));
        String gate = g.node("Mul", List.of(g.floats(name + ".oneMinusAlpha", dims, oneMinusAlpha),
                g.node("Sigmoid", List.of(z))));
        return g.node("Mul", List.of(s, g.node("Add", List.of(weight(name + ".alpha"), gate))));
    }

    /** The initializer of tensor {@code name}, added on first use so that the graph holds only what it reads. */
    private String weight(String name) {
        return registered.computeIfAbsent(name, n -> {
            NamedTensor t = tensors.get(n);
            if (t == null) {
                throw new IllegalStateException("the network has no tensor '" + n + "'");
            }
            return g.floats(n, t.shape(), t.values());
        });
    }

    private String unsqueeze(String x, long axis) {
        return g.node("Unsqueeze", List.of(x, g.longs(axis)));
    }

    private String sumOverHistory(String x) {
        return g.node("ReduceSum", List.of(x, g.longs(1)), "keepdims", 0);
    }

    private Map<String, String> metadata(String fingerprint) {
        Map<String, String> metadata = new LinkedHashMap<>();
        try {
            metadata.put("config", ModelFile.mapper().writeValueAsString(config));
            metadata.put("schema", ModelFile.mapper().writeValueAsString(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model's metadata", e);
        }
        metadata.put("dataset_fingerprint", fingerprint);
        return metadata;
    }
}
