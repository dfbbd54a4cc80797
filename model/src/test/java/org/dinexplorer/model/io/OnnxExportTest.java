package org.dinexplorer.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dinexplorer.model.TestData;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.ModelInputs;
import org.dinexplorer.model.data.TimeGapBuckets;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.network.HistoryReadout;
import org.dinexplorer.model.network.Network;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OnnxExportTest {

    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    static Stream<DinConfig> configs() {
        DinConfig din = TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU);
        return Stream.of(din, TestData.tinyConfig(ModelVariant.DIN, ActivationKind.DICE),
                din.withHistoryContext(false), din.withOptions(true, PoolingMode.MEAN, 0),
                din.withNetwork(4, List.of(), List.of(), ActivationKind.PRELU),
                TestData.tinyConfig(ModelVariant.BASE, ActivationKind.DICE),
                TestData.tinyConfig(ModelVariant.BASE, ActivationKind.PRELU).withOptions(false, PoolingMode.SUM, 0),
                TestData.tinyConfig(ModelVariant.LR, ActivationKind.PRELU));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void onnxRuntimeScoresEqualPredictAndAttentionEqualsTheForwardPassWeights(DinConfig config) throws Exception {
        DinModel model = spreadOut(new DinModel(config, TestData.tinySchema(), 3));
        Batch batch = TestData.fourSamples();
        float[] expected = model.predict(batch);
        Path file = dir.resolve("model.onnx");
        OnnxExport.save(file, model, "fingerprint-1");

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(Files.readAllBytes(file), new OrtSession.SessionOptions());
             OrtSession.Result result = session.run(feeds(env, batch, session))) {
            float[] ctr = (float[]) result.get("ctr").orElseThrow().getValue();
            assertThat(ctr).hasSize(batch.size());
            for (int i = 0; i < ctr.length; i++) {
                assertThat((double) ctr[i]).as("ctr of sample %d", i).isCloseTo(expected[i],
                        org.assertj.core.data.Offset.offset(TOLERANCE));
            }
            if (config.network().variant() == ModelVariant.DIN) {
                float[][] attention = (float[][]) result.get("attention").orElseThrow().getValue();
                assertThat(attention).isEqualTo(attentionOf(model.network(), batch, attention));
            } else {
                assertThat(result.get("attention")).isEmpty();
            }
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    /** Larger embeddings and a Dice statistics update, so that scores and attention weights are far from zero. */
    private static DinModel spreadOut(DinModel model) {
        for (SparseEmbeddingTable t : model.network().tables()) {
            float[] v = t.values();
            for (int i = 0; i < v.length; i++) {
                v[i] *= 20;
            }
        }
        model.network().forward(TestData.fourSamples(), true);
        return model;
    }

    /** The network's weights at their history positions, checked against ONNX's to {@link #TOLERANCE}. */
    private static float[][] attentionOf(Network network, Batch batch, float[][] onnx) {
        network.forward(batch, false);
        HistoryReadout readout = network.historyReadout().orElseThrow();
        float[][] out = new float[batch.size()][batch.historyLength()];
        for (int s = 0; s < batch.size(); s++) {
            for (int r = readout.rowStart()[s]; r < readout.rowStart()[s + 1]; r++) {
                float w = readout.weights()[r];
                float o = onnx[s][readout.rowPosition()[r]];
                out[s][readout.rowPosition()[r]] = Math.abs(w - o) <= TOLERANCE ? o : w;
            }
        }
        return out;
    }

    private static Map<String, OnnxTensor> feeds(OrtEnvironment env, Batch b, OrtSession session) throws OrtException {
        int n = b.size();
        int len = b.historyLength();
        Map<String, int[]> ids = new HashMap<>();
        List<String> user = TestData.tinySchema().userFields();
        List<String> ad = TestData.tinySchema().adFields();
        for (int f = 0; f < user.size(); f++) {
            ids.put(ModelInputs.field(user.get(f)), b.userFeatures()[f]);
        }
        for (int f = 0; f < ad.size(); f++) {
            ids.put(ModelInputs.field(ad.get(f)), b.adFeatures()[f]);
        }
        int[] gaps = new int[n * len];
        for (int cell = 0; cell < gaps.length; cell++) {
            gaps[cell] = b.histAge()[cell] == 0 ? TimeGapBuckets.PADDING : TimeGapBuckets.row(b.histAge()[cell]);
        }
        Map<String, int[]> history = Map.of(ModelInputs.HIST_CATE, b.histCate(), ModelInputs.HIST_BRAND,
                b.histBrand(), ModelInputs.HIST_BTAG, b.histBtag(), ModelInputs.HIST_TIME_GAP, gaps);
        Map<String, OnnxTensor> feeds = new HashMap<>();
        for (String name : session.getInputNames()) {
            OnnxTensor tensor;
            if (name.equals(ModelInputs.PRICE)) {
                tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(b.price()), new long[] {n});
            } else if (name.equals(ModelInputs.HIST_LENGTH)) {
                tensor = OnnxTensor.createTensor(env, IntBuffer.wrap(b.historyLengths()), new long[] {n});
            } else if (history.containsKey(name)) {
                tensor = OnnxTensor.createTensor(env, IntBuffer.wrap(history.get(name)), new long[] {n, len});
            } else {
                tensor = OnnxTensor.createTensor(env, IntBuffer.wrap(ids.get(name)), new long[] {n});
            }
            feeds.put(name, tensor);
        }
        return feeds;
    }
}
