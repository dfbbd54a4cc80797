package org.dinexplorer.app.service.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dinexplorer.app.service.runs.PredictionService;
import org.dinexplorer.app.service.training.RunConfig;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.storage.samples.Split;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The PyTorch network of {@code interop/pytorch} with a trained run's safetensors weights scores the exported test
 * split like {@code predict} (within 1e-4). Runs where a Python with torch is found: {@code $DIN_EXPLORER_PYTHON},
 * {@code python3} or {@code /usr/bin/python3}; skipped elsewhere.
 */
class PyTorchForwardTest {

    private static final Path SCRIPTS = Path.of("..", "interop", "pytorch");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class)
    void pyTorchForwardEqualsPredictOnTheAppsWeights(ActivationKind activation) throws Exception {
        Optional<String> python = pythonWithTorch();
        assumeTrue(python.isPresent(), "no Python with torch");
        Path db = TinyRuns.database(folder, 40);
        RunConfig base = TinyRuns.config(ModelVariant.DIN, 1, 11);
        RunConfig config = base.withModel(base.model().withNetwork(4, List.of(8, 4), List.of(16), activation));
        RunOutcome run = TinyRuns.service().start(db, config, null, null, new TrainingObserver() { }, () -> false,
                () -> false);
        String model = Long.toString(run.runId());
        Path weights = folder.resolve("w.safetensors");
        new ModelExportService().export(db, model, ModelExportService.Format.SAFETENSORS, weights);
        new DatasetExportService().export(db, folder.resolve("arrays"), List.of(Split.TEST), p -> { }, () -> false);
        Path predictions = folder.resolve("predictions.csv");
        new PredictionService().predict(db, model, Split.TEST, predictions, () -> false);

        Process check = new ProcessBuilder(python.get(), "check_forward.py", "--data",
                folder.resolve("arrays").toAbsolutePath().toString(), "--weights", weights.toAbsolutePath().toString(),
                "--predictions", predictions.toAbsolutePath().toString()).directory(SCRIPTS.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("\"max_abs_difference\"");
    }

    private static Optional<String> pythonWithTorch() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("DIN_EXPLORER_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String candidate : candidates) {
            try {
                Process probe = new ProcessBuilder(candidate, "-c", "import torch, numpy").redirectErrorStream(true)
                        .start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // not installed under this name: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
