package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.app.service.imports.SyntheticLogs;
import org.dinexplorer.app.service.training.TinyRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandsTest {

    private static final String[] SMALL_MODEL = {"--epochs", "1", "--batch", "32", "--threads", "1", "--emb-dim", "4",
        "--attention", "8", "--mlp", "16", "--lr", "0.01"};

    @TempDir
    Path folder;

    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void buildDatabase() throws Exception {
        db = TinyRuns.database(folder, 40);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode train(String model, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--db", db.toString(), "--model", model,
                "--json"));
        args.addAll(List.of(SMALL_MODEL));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        return JsonMapper.builder().build().readTree(out.toString());
    }

    @Test
    void trainPrintsTheRunAndEvaluateRecomputesTheStoredTestMetricsExactly() throws Exception {
        JsonNode trained = train("din");
        assertThat(trained.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(err.toString()).contains("Run " + trained.get("run_id").asLong() + " created");

        assertThat(run("evaluate", "--db", db.toString(), "--model", trained.get("run_id").asText(), "--split",
                "test", "--json")).isZero();

        JsonNode evaluated = JsonMapper.builder().build().readTree(out.toString());
        for (String metric : List.of("auc", "gauc", "gauc_clicks", "logloss", "accuracy", "n", "users_in_gauc")) {
            assertThat(evaluated.get(metric)).as(metric).isEqualTo(trained.get("test").get(metric));
        }
    }

    @Test
    void evaluateGivesBothGaucWeightingsEachEqualToAGroupByUserOfThePredictions() throws Exception {
        String runId = train("din").get("run_id").asText();
        Path predictions = folder.resolve("gauc.csv");
        run("predict", "--db", db.toString(), "--model", runId, "--out", predictions.toString());
        assertThat(run("evaluate", "--db", db.toString(), "--model", runId, "--json")).isZero();
        JsonNode evaluated = JsonMapper.builder().build().readTree(out.toString());

        // user -> (score, label) of every test impression, from predict's CSV (user,time_stamp,adgroup_id,label,score)
        java.util.Map<String, List<double[]>> byUser = new java.util.HashMap<>();
        for (String line : Files.readAllLines(predictions).subList(1, Files.readAllLines(predictions).size())) {
            String[] f = line.split(",");
            byUser.computeIfAbsent(f[0], u -> new java.util.ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[3])});
        }
        double byImpressions = 0;
        double impressions = 0;
        double byClicks = 0;
        double clicks = 0;
        for (List<double[]> rows : byUser.values()) {
            List<double[]> positives = rows.stream().filter(r -> r[1] == 1).toList();
            List<double[]> negatives = rows.stream().filter(r -> r[1] == 0).toList();
            if (positives.isEmpty() || negatives.isEmpty()) {
                continue;
            }
            double wins = 0;
            for (double[] p : positives) {
                for (double[] n : negatives) {
                    wins += p[0] > n[0] ? 1 : p[0] == n[0] ? 0.5 : 0;
                }
            }
            double auc = wins / positives.size() / negatives.size();
            byImpressions += rows.size() * auc;
            impressions += rows.size();
            byClicks += positives.size() * auc;
            clicks += positives.size();
        }
        assertThat(evaluated.get("gauc").asDouble()).isCloseTo(byImpressions / impressions, within(1e-9));
        assertThat(evaluated.get("gauc_clicks").asDouble()).isCloseTo(byClicks / clicks, within(1e-9));
        assertThat(evaluated.get("gauc_clicks").asDouble()).isNotEqualTo(evaluated.get("gauc").asDouble());
    }

    @Test
    void curvesWritesTheOverlayChartsOfTheGivenRunsAsSvgAndCsv() throws Exception {
        String din = train("din").get("run_id").asText();
        String base = train("base").get("run_id").asText();
        Path charts = folder.resolve("charts");

        assertThat(run("curves", "--db", db.toString(), "--out", charts.toString(), din, base)).as(err.toString())
                .isZero();

        for (String name : List.of("loss", "auc", "gauc", "logloss")) {
            assertThat(Files.readString(charts.resolve(name + ".svg"))).as(name).contains("<svg").contains("#" + din)
                    .contains("#" + base);
        }
        List<String> auc = Files.readAllLines(charts.resolve("auc.csv"));
        assertThat(auc.get(0)).isEqualTo("series,step,AUC");
        assertThat(auc.subList(1, auc.size())).anyMatch(line -> line.startsWith("\"#" + din + " "))
                .anyMatch(line -> line.startsWith("\"#" + base + " "));
        assertThat(run("curves", "--db", db.toString(), "--out", charts.toString(), "999")).isEqualTo(1);
        assertThat(err.toString()).contains("No run 999");
    }

    @Test
    void aLargeBatchOnASmallTrainingSetBringsANoteAndTheSmallBatchNone() throws Exception {
        train("lr");
        assertThat(err.toString()).doesNotContain("Note: ");
        assertThat(run("train", "--db", db.toString(), "--model", "lr", "--epochs", "1", "--threads", "1",
                "--batch", "1024")).isZero();
        assertThat(err.toString()).contains("Note: Only ").contains("at batch 1,024").contains("Try --batch 32");
    }

    @Test
    void theHistoryContextIsOnByDefaultAndCanBeSwitchedOff() throws Exception {
        assertThat(historyContextOf(train("din"))).isTrue();
        JsonNode plain = train("din", "--no-history-context");
        assertThat(historyContextOf(plain)).isFalse();

        assertThat(run("runs", "--db", db.toString(), "--json")).isZero();
        JsonNode runs = JsonMapper.builder().build().readTree(out.toString());
        assertThat(runs).extracting(r -> r.get("name").asText()).containsExactlyInAnyOrder(
                "DIN lr 0.01, batch 32, seed 42", "DIN (paper keys) lr 0.01, batch 32, seed 42");
    }

    private static boolean historyContextOf(JsonNode trained) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(trained.get("model_file").asText())) {
            JsonNode manifest = JsonMapper.builder().build().readTree(zip.getInputStream(
                    zip.getEntry("manifest.json")));
            return manifest.get("config").get("historyContext").asBoolean();
        }
    }

    @Test
    void predictionsOfTheCopiedModelFileAreBitIdenticalToThoseOfTheRun() throws Exception {
        JsonNode trained = train("base", "--out", folder.resolve("models").toString());
        Path copied = Path.of(trained.get("copied_model_file").asText());
        Path byRun = folder.resolve("by-run.csv");
        Path byFile = folder.resolve("by-file.csv");

        assertThat(run("predict", "--db", db.toString(), "--model", trained.get("run_id").asText(), "--out",
                byRun.toString())).isZero();
        assertThat(run("predict", "--db", db.toString(), "--model", copied.toString(), "--out",
                byFile.toString())).isZero();

        List<String> lines = Files.readAllLines(byRun);
        assertThat(lines.get(0)).isEqualTo("user,time_stamp,adgroup_id,label,score");
        assertThat(lines).hasSize(1 + trained.get("test").get("n").asInt());
        assertThat(Files.readAllLines(byFile)).isEqualTo(lines);
    }

    /** The user of the first test prediction of run {@code runId}. */
    private String firstPredictedUser(String runId) throws Exception {
        Path predictions = folder.resolve("p.csv");
        run("predict", "--db", db.toString(), "--model", runId, "--out", predictions.toString());
        return Files.readAllLines(predictions).get(1).split(",")[0];
    }

    @Test
    void attentionWritesOneRowPerCandidateAndBehavior() throws Exception {
        JsonNode trained = train("din");
        String user = firstPredictedUser(trained.get("run_id").asText());
        Path weights = folder.resolve("w.csv");

        assertThat(run("attention", "--db", db.toString(), "--model", trained.get("run_id").asText(), "--user",
                user, "--ad", "3", "--out", weights.toString())).as(err.toString()).isZero();

        List<String> rows = Files.readAllLines(weights);
        assertThat(rows.get(0)).isEqualTo("adgroup_id,position,time_stamp,btag,cate,brand,weight,influence");
        long candidates = out.toString().lines().filter(l -> l.matches("\\s+\\d+\\s+\\d+.*")).count();
        long behaviors = rows.stream().skip(1).map(r -> r.split(",")[1]).distinct().count();
        assertThat(rows).hasSize(1 + (int) (candidates * behaviors));
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[0])).contains("3");
        assertThat(rows.stream().skip(1).map(r -> Float.parseFloat(r.split(",", -1)[6]))).allMatch(Float::isFinite);
        assertThat(rows.stream().skip(1).map(r -> Float.parseFloat(r.split(",", -1)[7]))).allMatch(Float::isFinite)
                .anyMatch(influence -> influence != 0);
    }

    @Test
    void baselineAttentionIsTheMeanPoolingWeightOfEveryBehavior() throws Exception {
        JsonNode trained = train("base");
        String user = firstPredictedUser(trained.get("run_id").asText());
        Path weights = folder.resolve("w.csv");

        assertThat(run("attention", "--db", db.toString(), "--model", trained.get("run_id").asText(), "--user",
                user, "--out", weights.toString())).as(err.toString()).isZero();

        List<String> lines = Files.readAllLines(weights);
        List<String> rows = lines.subList(1, lines.size());
        long behaviors = rows.stream().map(r -> r.split(",")[1]).distinct().count();
        assertThat(behaviors).isPositive();
        assertThat(rows).allSatisfy(r -> assertThat(Float.parseFloat(r.split(",", -1)[6]))
                .isCloseTo(1f / behaviors, org.assertj.core.data.Offset.offset(1e-6f)));
    }

    @Test
    void benchExploreShowsAndScoresTheDrawnNumberOfTestUsers() throws Exception {
        String runId = train("din").get("run_id").asText();

        assertThat(run("bench", "explore", "--db", db.toString(), "--users", "7", "--model", runId))
                .as(err.toString()).isZero();

        assertThat(out.toString()).containsPattern("listed [1-9][0-9,]* test users in")
                .contains("7 users (").containsPattern("show a user +median +[0-9.]+ ms")
                .containsPattern("score its candidates +median +[0-9.]+ ms")
                .containsPattern("add ad [0-9]+ as a candidate: [0-9.]+ s");
        assertThat(run("bench", "explore", "--db", db.toString(), "--users", "0")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void runsListsTheStoredRunsAsJson() throws Exception {
        JsonNode first = train("lr");
        JsonNode second = train("din", "--parent", first.get("run_id").asText(), "--name", "child run");

        assertThat(run("runs", "--db", db.toString(), "--json")).isZero();

        JsonNode runs = JsonMapper.builder().build().readTree(out.toString());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("run_id").asLong()).isEqualTo(second.get("run_id").asLong());
        assertThat(runs.get(0).get("parent_run_id").asLong()).isEqualTo(first.get("run_id").asLong());
        assertThat(runs.get(0).get("name").asText()).isEqualTo("child run");
        assertThat(runs.get(1).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run("runs", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("child run").contains("COMPLETED");
    }

    @Test
    void badInputGivesExitCodeTwoAndBadUsageExitCodeOne() throws Exception {
        Path notAModel = Files.writeString(folder.resolve("not-a-model.zip"), "hello");
        assertThat(run("evaluate", "--db", db.toString(), "--model", notAModel.toString())).isEqualTo(2);
        assertThat(run("evaluate", "--db", db.toString(), "--model", "99")).isEqualTo(2);
        assertThat(err.toString()).contains("no run 99");
        Path bare = SyntheticLogs.write(Files.createDirectories(folder.resolve("bare")), 5, 1);
        assertThat(run("train", "--db", bare.toString(), "--model", "din")).isEqualTo(2);
        assertThat(err.toString()).contains("No training set");
        Path missing = folder.resolve("missing.db");
        assertThat(run("runs", "--db", missing.toString())).isEqualTo(2);
        assertThat(missing).doesNotExist();
        assertThat(run("train", "--db", db.toString(), "--model", "xgboost")).isEqualTo(1);
        JsonNode trained = train("lr");
        assertThat(run("train", "--db", db.toString(), "--resume", trained.get("run_id").asText())).isEqualTo(1);
        assertThat(err.toString()).contains("only cancelled or interrupted runs can be resumed");
    }

    @Test
    void reproduceRetrainsIdenticallyAndReportsChangedData() throws Exception {
        JsonNode trained = train("din");
        String id = trained.get("run_id").asText();

        assertThat(run("reproduce", id, "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Run " + id + " reproduced as run").contains("-> identical");

        assertThat(run("build-dataset", "--db", db.toString(), "--history", "5")).isZero();
        assertThat(run("reproduce", id, "--db", db.toString())).isEqualTo(ExitCodes.REPRODUCE_MISMATCH);
        assertThat(out.toString()).contains("training set changed").contains("- history_length=10")
                .contains("+ history_length=5");
    }

    @Test
    void withoutAValidationSplitEarlyStoppingNeverEndsARunEarly() throws Exception {
        assertThat(run("build-dataset", "--db", db.toString(), "--history", "10", "--validation", "none")).isZero();

        for (String patience : List.of("0", "2")) {
            assertThat(run("train", "--db", db.toString(), "--model", "lr", "--epochs", "3", "--batch", "64",
                    "--threads", "1", "--patience", patience, "--json")).as(err.toString()).isZero();
            JsonNode trained = JsonMapper.builder().build().readTree(out.toString());
            assertThat(trained.get("epochs_completed").asInt()).as("patience " + patience).isEqualTo(3);
        }
    }
}
