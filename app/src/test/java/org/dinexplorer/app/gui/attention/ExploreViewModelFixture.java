package org.dinexplorer.app.gui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.service.explore.ExploreService;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.storage.runs.RunStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Explore page's view model on a small synthetic database with a trained DIN run and a BASE run, real SQLite and
 * the real model, without the FX toolkit (queries run inline): what the view-model tests share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExploreViewModelFixture {

    @TempDir
    static Path folder;

    final ExploreService service = new ExploreService();
    final List<Throwable> errors = new ArrayList<>();
    Path db;
    RunOutcome din;
    ExploreViewModel model;

    @BeforeAll
    void trainDinThenBase() throws Exception {
        db = TinyRuns.database(folder, 80);
        din = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.DIN, 1, 42), null, null,
                TrainingObserver.NONE, () -> false, () -> false);
        RunOutcome base = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.BASE, 1, 42), null, null,
                TrainingObserver.NONE, () -> false, () -> false);
        assertThat(List.of(din.status(), base.status())).containsOnly(RunStatus.COMPLETED);
    }

    @BeforeEach
    void freshViewModel() {
        errors.clear();
        SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
        model = new ExploreViewModel(database, BackgroundReads.inline(), service, errors::add);
        database.set(db);
    }

    /** Opens the first test user with at least {@code behaviours} behaviours and two candidate ads. */
    ExploreUser openUserWith(int behaviors) {
        for (var user : model.search().users()) {
            model.openUser(user.userId());
            ExploreUser shown = model.user().get();
            if (shown.history().size() >= behaviors && model.table().rows().size() >= 2) {
                return shown;
            }
        }
        throw new AssertionError("no test user with " + behaviors + " behaviours and two ads");
    }

    List<Double> ctrs() {
        return model.table().rows().stream().map(row -> row.ctr().get()).toList();
    }

    List<Integer> rowIds() {
        return model.table().rows().stream().map(row -> row.ad().adgroupId()).toList();
    }
}
