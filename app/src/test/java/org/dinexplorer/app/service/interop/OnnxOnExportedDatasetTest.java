package org.dinexplorer.app.service.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dinexplorer.app.service.PipelineService;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.config.ModelVariant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ONNX export of a trained DIN, fed with export-dataset's arrays by name, scores like predict. */
class OnnxOnExportedDatasetTest {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxOnExportedDatasetTest.class);

    @TempDir
    Path folder;

    @Test
    void onnxRuntimeOnTheExportedTestSplitOfTinyDataMatchesPredictWithin1e5() throws Exception {
        Path db = TinyRuns.database(folder, 40);
        RunOutcome run = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.DIN, 1, 5), null, null,
                new TrainingObserver() { }, () -> false, () -> false);

        double max = OnnxCheck.maxDifference(db, Long.toString(run.runId()), folder, TinyRuns.HISTORY);

        assertThat(max).isLessThanOrEqualTo(1e-5);
    }

    @Test
    @Tag("slow")
    void onnxRuntimeOnTheSmallPresetsTestSplitMatchesPredictWithin1e5() throws Exception {
        PipelineService.DemoResult demo = new PipelineService().run(new PipelineService.DemoSettings(folder, "small",
                42, 1, 32, 0), p -> { }, new TrainingObserver() { }, () -> false);

        double max = OnnxCheck.maxDifference(demo.database(), Long.toString(demo.din().runId()), folder, 50);

        LOG.warn("small preset, DIN run {}: max |onnxruntime - predict| = {}", demo.din().runId(), max);
        assertThat(max).isLessThanOrEqualTo(1e-5);
    }
}
