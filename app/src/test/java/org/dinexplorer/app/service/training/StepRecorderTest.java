package org.dinexplorer.app.service.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.runs.NewRun;
import org.dinexplorer.storage.runs.SqliteRunStore;
import org.dinexplorer.storage.runs.StepLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepRecorderTest {

    @TempDir
    Path folder;

    @Test
    void longRunKeepsAtMostTwoThousandRowsEachTheMeanOfItsWindow() {
        SqliteRunStore store = new SqliteRunStore(Database.open(folder.resolve("r.db")));
        long runId = store.create(new NewRun(null, "r", "", "DIN", "{}", "h", 1, "fp", "{}"));
        long totalSteps = 9_001;
        StepRecorder recorder = new StepRecorder(store, runId, totalSteps);

        for (long step = 1; step <= totalSteps; step++) {
            recorder.add(new StepProgress(1, step, step, totalSteps, step, 100, 0));
        }
        recorder.flush();

        List<StepLoss> rows = store.curves(runId).steps();
        assertThat(rows).hasSizeLessThanOrEqualTo(StepRecorder.MAX_ROWS).hasSizeGreaterThan(1_000);
        long window = rows.get(0).step();
        assertThat(window).isEqualTo(5);
        // losses equal the step numbers, so the mean of steps k-4..k is k-2
        assertThat(rows).allSatisfy(row -> assertThat(row.loss()).isEqualTo(row.step() - (window - 1) / 2.0));
        assertThat(rows).extracting(StepLoss::step).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void shortRunKeepsEveryStep() {
        assertThat(StepRecorder.windowFor(1)).isEqualTo(1);
        assertThat(StepRecorder.windowFor(2_000)).isEqualTo(1);
        assertThat(StepRecorder.windowFor(2_001)).isEqualTo(2);
    }
}
