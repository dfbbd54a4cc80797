package org.dinexplorer.storage.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dinexplorer.storage.runs.RunFixtures.newRun;
import static org.dinexplorer.storage.runs.RunFixtures.point;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.dinexplorer.storage.db.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's curves in the store: step losses and evaluation points, written, read back, replaced and truncated. */
class RunCurvesStoreTest {

    @TempDir
    Path folder;

    private SqliteRunStore store;

    @BeforeEach
    void openStore() {
        store = new SqliteRunStore(Database.open(folder.resolve("runs.db")), Clock.systemUTC(), Duration.ofSeconds(60),
                pid -> true);
    }

    @Test
    void curvesComeBackInOrderWithNanAsNan() {
        long id = store.create(newRun("r", null));
        store.addSteps(id, List.of(new StepLoss(20, 1, 0.61, 900), new StepLoss(10, 1, 0.69, 1000)));
        store.addSteps(id, List.of(new StepLoss(30, 2, Double.NaN, 800)));
        store.addEvaluation(id, point(2, 30, "validation", 0.71));
        store.addEvaluation(id, point(1, 20, "validation", 0.65));
        store.addEvaluation(id, point(2, 30, "test", 0.70));

        RunCurves curves = store.curves(id);

        assertThat(curves.steps()).extracting(StepLoss::step).containsExactly(10L, 20L, 30L);
        assertThat(curves.steps().get(2).loss()).isNaN();
        assertThat(curves.evaluations("validation")).extracting(EvaluationPoint::auc).containsExactly(0.65, 0.71);
        assertThat(curves.evaluations("test")).singleElement().extracting(EvaluationPoint::gauc)
                .satisfies(gauc -> assertThat((double) gauc).isNaN());
        assertThat(store.evaluations(id, "validation")).extracting(EvaluationPoint::step).containsExactly(20L, 30L);
        assertThat(store.evaluations(id, "train")).isEmpty();
    }

    @Test
    void bothGaucWeightingsAreStoredAndReadBackSeparately() {
        long id = store.create(newRun("r", null));
        store.addEvaluation(id, new EvaluationPoint(1, 10, "validation", false, 0.5, 0.7, 0.61, 0.64, 0.2, 0.9,
                100, 7, 1.0));

        EvaluationPoint read = store.curves(id).evaluations("validation").get(0);

        assertThat(read.gauc()).isEqualTo(0.61);
        assertThat(read.gaucClicks()).isEqualTo(0.64);
    }

    @Test
    void evaluationAtTheSameStepReplacesTheOldOne() {
        long id = store.create(newRun("r", null));
        store.addEvaluation(id, point(1, 20, "validation", 0.60));
        store.addEvaluation(id, point(1, 20, "validation", 0.62));

        assertThat(store.curves(id).evaluations()).singleElement().extracting(EvaluationPoint::auc).isEqualTo(0.62);
    }

    @Test
    void truncateAfterDropsLaterPointsOnly() {
        long id = store.create(newRun("r", null));
        store.addSteps(id, List.of(new StepLoss(10, 1, 0.7, 1), new StepLoss(20, 1, 0.6, 1),
                new StepLoss(30, 2, 0.5, 1)));
        store.addEvaluation(id, point(1, 20, "validation", 0.6));
        store.addEvaluation(id, point(2, 30, "validation", 0.7));

        store.truncateAfter(id, 20);

        RunCurves curves = store.curves(id);
        assertThat(curves.steps()).extracting(StepLoss::step).containsExactly(10L, 20L);
        assertThat(curves.evaluations()).extracting(EvaluationPoint::step).containsExactly(20L);
    }
}
