package org.dinexplorer.app.service.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.runs.EvaluationService;
import org.dinexplorer.app.service.runs.RunFiles;
import org.dinexplorer.app.service.runs.RunService;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunCurves;
import org.dinexplorer.storage.runs.RunRecord;
import org.dinexplorer.storage.runs.RunStatus;
import org.dinexplorer.storage.runs.StepLoss;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingServiceTest {

    @TempDir
    Path folder;

    private Path db;
    private final TrainingService training = TinyRuns.service();
    private final RunService runs = new RunService();

    @BeforeEach
    void buildDatabase() throws Exception {
        db = TinyRuns.database(folder, 60);
    }

    private RunOutcome train(RunConfig config, TrainingObserver observer, AtomicBoolean stop) {
        return training.start(db, config, null, null, observer, stop::get, () -> false);
    }

    @Test
    void completedRunStoresConfigFingerprintCurvesTestMetricsAndFiles() throws Exception {
        RunConfig config = TinyRuns.config(ModelVariant.DIN, 2, 42);

        RunOutcome outcome = train(config, TrainingObserver.NONE, new AtomicBoolean());

        assertThat(outcome.status()).isEqualTo(RunStatus.COMPLETED);
        RunRecord run = runs.find(db, outcome.runId()).orElseThrow().run();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.configJson()).isEqualTo(config.toCanonicalJson());
        assertThat(run.configSha256()).isEqualTo(config.sha256());
        assertThat(run.dataFingerprint()).isEqualTo(new DatasetService().openDataset(db).fingerprint());
        assertThat(run.environmentJson()).contains("\"javaVersion\"").contains("\"threadCount\":1");
        assertThat(run.epochsCompleted()).isEqualTo(2);
        RunCurves curves = runs.curves(db, outcome.runId());
        assertThat(curves.evaluations("validation")).extracting(EvaluationPoint::epoch).containsExactly(1, 2);
        assertThat(curves.evaluations("validation")).allMatch(EvaluationPoint::epochEnd);
        assertThat(curves.evaluations("test")).singleElement().isEqualTo(outcome.test());
        assertThat(curves.steps()).extracting(StepLoss::step).startsWith(1L, 2L, 3L).isSorted();
        assertThat(curves.steps().get(curves.steps().size() - 1).step()).isEqualTo(run.stepsCompleted());
        RunFiles files = new RunFiles(Path.of(run.runFolder()));
        assertThat(outcome.modelFile()).isEqualTo(files.model());
        assertThat(files.checkpoint()).isRegularFile();
        List<String> log = Files.readAllLines(files.log());
        assertThat(log.get(1)).contains("config " + config.toCanonicalJson());
        assertThat(log.get(2)).contains("environment {");
        assertThat(log.get(log.size() - 1)).endsWith("COMPLETED");
    }

    @Test
    void stopAfterTheFirstEpochStoresACancelledRunWithThatEpoch() {
        AtomicBoolean stop = new AtomicBoolean();

        RunOutcome outcome = train(TinyRuns.config(ModelVariant.DIN, 3, 42), TinyRuns.stopAfterEpoch(stop, 1), stop);

        assertThat(outcome.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(outcome.epochsCompleted()).isEqualTo(1);
        assertThat(outcome.test()).isNull();
        RunSummary summary = runs.find(db, outcome.runId()).orElseThrow();
        assertThat(summary.run().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(summary.run().epochsCompleted()).isEqualTo(1);
        assertThat(summary.validation()).isNotNull().extracting(EvaluationPoint::epoch).isEqualTo(1);
        assertThat(outcome.modelFile()).isRegularFile();
    }

    @Test
    void resumedRunContinuesItsCurvesAndEndsLikeAnUninterruptedOne() {
        RunConfig config = TinyRuns.config(ModelVariant.DIN, 2, 42);
        RunOutcome straight = train(config, TrainingObserver.NONE, new AtomicBoolean());
        AtomicBoolean stop = new AtomicBoolean();
        RunOutcome stopped = train(config, TinyRuns.stopAt(stop, s -> s.epoch() == 2 && s.stepInEpoch() == 3), stop);
        assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);

        RunOutcome resumed = training.resume(db, stopped.runId(), TrainingObserver.NONE, () -> false, () -> false);

        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        RunCurves expected = runs.curves(db, straight.runId());
        RunCurves actual = runs.curves(db, stopped.runId());
        assertThat(actual.steps()).extracting(StepLoss::step, StepLoss::loss)
                .isEqualTo(expected.steps().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.step(),
                        s.loss())).toList());
        assertThat(actual.evaluations("validation")).extracting(EvaluationPoint::auc, EvaluationPoint::logLoss)
                .isEqualTo(expected.evaluations("validation").stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.auc(), p.logLoss())).toList());
        assertThat(resumed.test().auc()).isEqualTo(straight.test().auc());
        assertThat(resumed.test().logLoss()).isEqualTo(straight.test().logLoss());
    }

    @Test
    void singleThreadRerunWithTheSameSeedReproducesTheMetricsExactly() {
        RunOutcome first = train(TinyRuns.config(ModelVariant.BASE, 2, 5), TrainingObserver.NONE,
                new AtomicBoolean());
        RunOutcome second = train(TinyRuns.config(ModelVariant.BASE, 2, 5), TrainingObserver.NONE,
                new AtomicBoolean());
        RunOutcome otherSeed = train(TinyRuns.config(ModelVariant.BASE, 2, 6), TrainingObserver.NONE,
                new AtomicBoolean());

        assertThat(second.test().logLoss()).isEqualTo(first.test().logLoss());
        assertThat(second.test().auc()).isEqualTo(first.test().auc());
        assertThat(validationLosses(second)).isEqualTo(validationLosses(first));
        assertThat(otherSeed.test().logLoss()).isNotEqualTo(first.test().logLoss());
    }

    @Test
    void runLeftRunningByADeadProcessIsInterruptedAndCanBeResumed() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        RunOutcome stopped = train(TinyRuns.config(ModelVariant.DIN, 2, 42), TinyRuns.stopAfterEpoch(stop, 1), stop);
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        try (var connection = Database.open(db).connect(); var update = connection.prepareStatement(
                "UPDATE runs SET status = 'RUNNING', finished_at = NULL, owner_pid = ? WHERE run_id = ?")) {
            update.setLong(1, dead.pid());
            update.setLong(2, stopped.runId());
            update.executeUpdate();
        }

        RunRecord interrupted = runs.find(db, stopped.runId()).orElseThrow().run();
        assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(interrupted.failureMessage()).contains("pid " + dead.pid());

        RunOutcome resumed = training.resume(db, stopped.runId(), TrainingObserver.NONE, () -> false, () -> false);
        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(runs.curves(db, stopped.runId()).evaluations("validation")).extracting(EvaluationPoint::epoch)
                .containsExactly(1, 2);
    }

    @Test
    void childRunPointsToItsParentAndCompletedRunsCannotBeResumed() {
        RunOutcome parent = train(TinyRuns.config(ModelVariant.BASE, 1, 1), TrainingObserver.NONE,
                new AtomicBoolean());
        RunOutcome child = training.start(db, TinyRuns.config(ModelVariant.DIN, 1, 1), parent.runId(), "child",
                TrainingObserver.NONE, () -> false, () -> false);

        assertThat(runs.children(db, parent.runId())).extracting(RunRecord::runId).containsExactly(child.runId());
        assertThatThrownBy(() -> training.resume(db, parent.runId(), TrainingObserver.NONE, () -> false,
                () -> false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPLETED");
    }

    @Test
    void configWithAnotherHistoryLengthIsRefusedBeforeARunIsStored() {
        RunConfig wrong = new RunConfig(TinyRuns.config(ModelVariant.DIN, 1, 1).model(), 20, 1);

        assertThatThrownBy(() -> train(wrong, TrainingObserver.NONE, new AtomicBoolean()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history length " + TinyRuns.HISTORY).hasMessageContaining("asks for 20");
        assertThat(runs.list(db)).isEmpty();
    }

    @Test
    void deleteRemovesTheRunAndItsFolder() {
        RunOutcome outcome = train(TinyRuns.config(ModelVariant.LR, 1, 1), TrainingObserver.NONE,
                new AtomicBoolean());
        Path runFolder = outcome.modelFile().getParent();

        runs.delete(db, outcome.runId());

        assertThat(runs.find(db, outcome.runId())).isEmpty();
        assertThat(runFolder).doesNotExist();
    }

    @Test
    void modelOfACompletedRunIsThatOfTheBestValidationEvaluationAlsoInTheMiddleOfAnEpoch() {
        RunConfig epochEnds = TinyRuns.config(ModelVariant.DIN, 3, 42);
        DinConfig auto = epochEnds.model().withEvaluation(0, 0, epochEnds.model().schedule().gaucWeighting());
        RunOutcome outcome = train(epochEnds.withModel(auto), TrainingObserver.NONE, new AtomicBoolean());

        List<EvaluationPoint> validations = runs.curves(db, outcome.runId()).evaluations("validation");
        EvaluationPoint best = null;
        for (EvaluationPoint point : validations) {
            double score = Double.isNaN(point.gauc()) ? point.auc() : point.gauc();
            double bestScore = best == null ? Double.NaN : Double.isNaN(best.gauc()) ? best.auc() : best.gauc();
            if (!Double.isNaN(score) && (best == null || score > bestScore)) {
                best = point;
            }
        }
        assertThat(validations).hasSizeGreaterThan(3 * 3).anyMatch(point -> !point.epochEnd());
        assertThat(best).isNotNull();
        assertThat(outcome.test().epoch()).isEqualTo(best.epoch());
        assertThat(outcome.test().step()).isEqualTo(best.step());
        assertThat(outcome.keptModel().step()).isEqualTo(best.step());
        assertThat(outcome.keptModel().description()).contains(String.format(java.util.Locale.ROOT, "%,d",
                best.step()));
        var validation = new EvaluationService().evaluate(db, Long.toString(outcome.runId()),
                org.dinexplorer.storage.samples.Split.VALIDATION, () -> false).metrics();
        assertThat(validation.auc()).isEqualTo(best.auc());
        assertThat(validation.logLoss()).isEqualTo(best.logLoss());
        assertThat(validation.gaucClicks()).isEqualTo(best.gaucClicks());
        assertThat(runs.find(db, outcome.runId()).orElseThrow().validation()).as("the Runs list's validation metrics")
                .isEqualTo(best);
    }

    private List<Double> validationLosses(RunOutcome outcome) {
        return runs.curves(db, outcome.runId()).evaluations("validation").stream().map(EvaluationPoint::logLoss)
                .toList();
    }
}
