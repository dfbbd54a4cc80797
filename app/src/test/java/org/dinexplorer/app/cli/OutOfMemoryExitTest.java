package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dinexplorer.app.Launcher;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.imports.SyntheticLogs;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the app in a second JVM whose heap is far too small for the step, as a user with a low -Xmx would. */
class OutOfMemoryExitTest {

    private static final String SMALL_HEAP = "-Xmx16m";

    @TempDir
    static Path folder;

    private static Path db;
    private static DatasetSummary before;

    @BeforeAll
    static void buildATrainingSetWithAFullHeap() throws Exception {
        // about 480,000 impressions and 2.4 M behaviours
        db = SyntheticLogs.write(folder, 40_000, 7);
        StringWriter ignored = new StringWriter();
        assertThat(CliMain.run(new String[] {"build-dataset", "--db", db.toString(), "--history", "5"},
                new PrintWriter(ignored), new PrintWriter(ignored))).isEqualTo(ExitCodes.OK);
        before = new DatasetService().findSummary(db).orElseThrow();
    }

    @Test
    void aBuildEstimatedNotToFitIsRefusedWithWhatItNeedsAndLeavesThePreviousTrainingSet() throws Exception {
        Forked run = fork(folder.resolve("data"), "build-dataset", "--db", db.toString(), "--history", "20");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(run.stderr()).contains("Not enough memory for 'din-explorer build-dataset'")
                .containsPattern("Building a training set of 4\\d\\d,\\d{3} impressions needs about \\d+ MiB")
                .contains("limited to 16 MiB").contains("DIN_EXPLORER_JAVA_OPTS=-Xmx8g")
                .contains("Nothing was changed").doesNotContain("\tat ").doesNotContain("Exception");
        assertTrainingSetUnchanged();
    }

    @Test
    void aStepThatExhaustsTheHeapEndsWithAMessageAndLeavesThePreviousTrainingSet() throws Exception {
        // a batch of 40,000 samples: the attention unit's activations alone take hundreds of megabytes
        Forked run = fork(folder.resolve("data"), "train", "--db", db.toString(), "--batch", "40000",
                "--epochs", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(run.stderr()).contains("Out of memory in 'din-explorer train'")
                .contains("limited to 16 MiB").contains("DIN_EXPLORER_JAVA_OPTS=-Xmx8g")
                .contains("-XX:MaxRAMPercentage=60")
                .doesNotContain("Exception in thread").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
        assertTrainingSetUnchanged();
    }

    private static void assertTrainingSetUnchanged() {
        DatasetSummary after = new DatasetService().findSummary(db).orElseThrow();
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(new DatasetService().openDataset(db).summary().fingerprint()).isEqualTo(before.fingerprint());
    }

    private record Forked(int exitCode, String stderr) {
    }

    private static Forked fork(Path dataDir, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), SMALL_HEAP, "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dataDir.getParent(), "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the forked JVM finished").isTrue();
        return new Forked(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
