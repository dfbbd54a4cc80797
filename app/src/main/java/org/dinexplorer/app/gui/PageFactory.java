package org.dinexplorer.app.gui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.dinexplorer.app.gui.attention.ExploreView;
import org.dinexplorer.app.gui.attention.ExploreViewModel;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.gui.common.ExportActions;
import org.dinexplorer.app.gui.data.DataServices;
import org.dinexplorer.app.gui.data.DataView;
import org.dinexplorer.app.gui.data.DataViewModel;
import org.dinexplorer.app.gui.runs.RunActions;
import org.dinexplorer.app.gui.runs.RunsServices;
import org.dinexplorer.app.gui.runs.RunsView;
import org.dinexplorer.app.gui.runs.RunsViewModel;
import org.dinexplorer.app.gui.training.TrainView;
import org.dinexplorer.app.gui.training.TrainViewModel;
import org.dinexplorer.app.jobs.FxJobRunner;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.explore.ExploreService;
import org.dinexplorer.app.service.training.TrainingService;
import org.dinexplorer.model.config.DinConfig;

/**
 * Builds the content of each page of the main window. The view models are created up front, so pages can hand work
 * to each other (e.g. Runs ▸ train again with changes fills the Train form); the views are built when first shown.
 */
final class PageFactory implements Function<Page, Node> {

    private final MainViewModel main;
    private final FxJobRunner jobs;
    private final ObservableValue<String> backend;
    private final ExportActions exports;
    private final DataViewModel data;
    private final TrainViewModel train;
    private final RunsViewModel runs;
    private final ExploreViewModel explore;
    private boolean exploreShown;

    /**
     * @param main    the window's state
     * @param jobs    the job runner
     * @param errors  shows failures
     * @param backend one line naming the numeric backend
     * @param exports chart and heatmap export
     * @param demoPreset generator preset of "Load demo dataset"
     */
    PageFactory(MainViewModel main, FxJobRunner jobs, Consumer<Throwable> errors, ObservableValue<String> backend,
                ExportActions exports, String demoPreset) {
        this.main = main;
        this.jobs = jobs;
        this.backend = backend;
        this.exports = exports;
        BackgroundReads reads = BackgroundReads.forFx();
        DataServices services = DataServices.create();
        DatasetService datasets = services.datasets();
        this.data = new DataViewModel(main.database(), main.paths(), jobs, reads, services, demoPreset, errors);
        this.train = new TrainViewModel(main.database(), jobs, reads,
                new TrainingService(TrainingDataLoader.of(datasets)), datasets, errors);
        this.explore = new ExploreViewModel(main.database(), reads, new ExploreService(), errors);
        this.runs = new RunsViewModel(main.database(), jobs, reads, RunsServices.create(), new RunActions() {
            @Override
            public void trainAgainWithChanges(long runId, DinConfig config, long seed) {
                train.trainAgainWithChanges(runId, config, seed);
                main.page().set(Page.TRAIN);
            }

            @Override
            public void resume(long runId) {
                main.page().set(Page.TRAIN);
                train.resume(runId);
            }

            @Override
            public void explore(long runId) {
                explore.showRun(runId);
                main.page().set(Page.EXPLORE);
            }
        }, errors);
        // a new training set on the Data page changes what the Train page trains on
        data.dataset().addListener((observable, old, dataset) -> train.refreshDataset());
        // every finished job may have added or changed runs
        jobs.running().addListener((observable, was, running) -> {
            if (!running) {
                runs.refresh();
                if (exploreShown) {
                    // the test-user list is a full scan of the test split: only worth it once the page is in use
                    explore.refresh();
                }
            }
        });
    }

    @Override
    public Node apply(Page page) {
        Node node = switch (page) {
            case DATA -> {
                data.refresh();
                yield new DataView(data, jobs.running());
            }
            case TRAIN -> {
                train.refreshDataset();
                yield new TrainView(train, jobs.running(), backend, exports);
            }
            case RUNS -> {
                runs.refresh();
                yield new RunsView(runs, exports);
            }
            case EXPLORE -> {
                exploreShown = true;
                explore.refresh();
                yield new ExploreView(explore, exports);
            }
        };
        node.setId("page-" + page.name().toLowerCase(java.util.Locale.ROOT));
        return node;
    }

    /** The Data page's state (for tests). */
    DataViewModel data() {
        return data;
    }

    /** The Explore page's state (for tests). */
    ExploreViewModel explore() {
        return explore;
    }

    /** The Runs page's state (for tests). */
    RunsViewModel runs() {
        return runs;
    }

    /** The Train page's state (for tests). */
    TrainViewModel train() {
        return train;
    }
}
