package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.app.service.training.TinyRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteropCommandsTest {

    @TempDir
    Path folder;

    private Path db;
    private String runId;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void trainADin() throws Exception {
        db = TinyRuns.database(folder.resolve("a"), 40);
        assertThat(run("train", "--db", db.toString(), "--model", "din", "--json", "--epochs", "1", "--batch", "32",
                "--threads", "1", "--emb-dim", "4", "--attention", "8", "--mlp", "16", "--lr", "0.01"))
                .as(err.toString()).isZero();
        runId = json().get("run_id").asText();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode json() throws Exception {
        return JsonMapper.builder().build().readTree(out.toString());
    }

    private Path exportSafetensors() {
        Path weights = folder.resolve("weights.safetensors");
        assertThat(run("export-model", "--db", db.toString(), "--model", runId, "--format", "safetensors", "--out",
                weights.toString())).as(err.toString()).isZero();
        return weights;
    }

    @Test
    void exportedAndImportedWeightsPredictBitIdenticallyAndEvaluateLikeTheOriginalRun() throws Exception {
        Path weights = exportSafetensors();

        assertThat(run("import-model", "--db", db.toString(), "--file", weights.toString(), "--name", "back",
                "--json")).as(err.toString()).isZero();
        JsonNode imported = json();
        String importedId = imported.get("run_id").asText();
        assertThat(importedId).isNotEqualTo(runId);

        Path original = folder.resolve("original.csv");
        Path roundTrip = folder.resolve("round-trip.csv");
        assertThat(run("predict", "--db", db.toString(), "--model", runId, "--out", original.toString())).isZero();
        assertThat(run("predict", "--db", db.toString(), "--model", importedId, "--out", roundTrip.toString()))
                .isZero();
        assertThat(Files.readAllLines(roundTrip)).hasSizeGreaterThan(1).isEqualTo(Files.readAllLines(original));

        assertThat(run("evaluate", "--db", db.toString(), "--model", runId, "--json")).isZero();
        assertThat(imported.get("test").get("auc")).isEqualTo(json().get("auc"));
        assertThat(run("runs", "--db", db.toString(), "--json")).isZero();
        assertThat(json().findValuesAsText("name")).contains("back");
        assertThat(run("attention", "--db", db.toString(), "--model", importedId, "--user",
                firstTestUser(original), "--out", folder.resolve("w.csv").toString())).as(err.toString()).isZero();
    }

    private static String firstTestUser(Path predictions) throws Exception {
        return Files.readAllLines(predictions).get(1).split(",")[0];
    }

    @Test
    void importRefusesWeightsTrainedOnAnotherTrainingSet() throws Exception {
        Path weights = exportSafetensors();
        Path other = TinyRuns.database(folder.resolve("b"), 30);

        assertThat(run("import-model", "--db", other.toString(), "--file", weights.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("weights.safetensors was trained on data with fingerprint");
        assertThat(run("runs", "--db", other.toString(), "--json")).isZero();
        assertThat(json()).isEmpty();
    }

    @Test
    void importRefusesAFileThatIsNotWeightsWithAClearMessage() throws Exception {
        Path csv = folder.resolve("notes.safetensors");
        Files.writeString(csv, "user,score\n1,0.5\n");

        assertThat(run("import-model", "--db", db.toString(), "--file", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("notes.safetensors is not a safetensors file");
    }

    @Test
    void exportRefusesAnUnknownFormat() {
        assertThat(run("export-model", "--db", db.toString(), "--model", runId, "--format", "pickle", "--out",
                folder.resolve("m.pkl").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--format must be one of").contains(List.of("safetensors").get(0));
    }
}
