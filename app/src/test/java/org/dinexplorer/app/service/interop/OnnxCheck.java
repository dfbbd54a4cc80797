package org.dinexplorer.app.service.interop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.app.service.runs.PredictionService;
import org.dinexplorer.storage.samples.Split;

/**
 * Exports a model as ONNX and the test split with export-dataset, feeds every graph input the array of its name
 * through onnxruntime, and compares {@code ctr} with the scores of {@code predict}; padded history positions must get
 * attention exactly 0.
 */
final class OnnxCheck {

    private OnnxCheck() {
    }

    /** The largest |onnxruntime ctr - predict score| over the test split of {@code db}. */
    static double maxDifference(Path db, String model, Path work, int history) throws Exception {
        Path onnx = work.resolve("model.onnx");
        new ModelExportService().export(db, model, ModelExportService.Format.ONNX, onnx);
        Path arrays = work.resolve("arrays");
        new DatasetExportService().export(db, arrays, List.of(Split.TEST), p -> { }, () -> false);
        Path predictions = work.resolve("predictions.csv");
        int n = (int) new PredictionService().predict(db, model, Split.TEST, predictions, () -> false);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try (OrtSession session = env.createSession(onnx.toString(), new OrtSession.SessionOptions())) {
            for (String name : session.getInputNames()) {
                NpyFile npy = NpyFile.read(arrays.resolve("test").resolve(name + ".npy"));
                long[] shape = name.startsWith("hist_") && !name.equals("hist_length")
                        ? new long[] {n, history} : new long[] {n};
                feeds.put(name, npy.header().contains("<f4")
                        ? OnnxTensor.createTensor(env, FloatBuffer.wrap(npy.floats()), shape)
                        : OnnxTensor.createTensor(env, IntBuffer.wrap(npy.ints()), shape));
            }
            try (OrtSession.Result result = session.run(feeds)) {
                float[] ctr = (float[]) result.get("ctr").orElseThrow().getValue();
                float[][] attention = (float[][]) result.get("attention").orElseThrow().getValue();
                List<String> lines = Files.readAllLines(predictions);
                int[] lengths = NpyFile.read(arrays.resolve("test/hist_length.npy")).ints();
                assertThat(ctr).hasSize(n);
                double max = 0;
                for (int i = 0; i < n; i++) {
                    max = Math.max(max, Math.abs(ctr[i] - Float.parseFloat(lines.get(i + 1).split(",")[4])));
                    for (int p = 0; p < history - lengths[i]; p++) {
                        assertThat(attention[i][p]).as("padded position %d of sample %d", p, i).isEqualTo(0f);
                    }
                }
                return max;
            }
        } finally {
            for (OnnxTensor t : feeds.values()) {
                t.close();
            }
        }
    }
}
