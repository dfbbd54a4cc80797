package org.dinexplorer.app.gui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.gui.common.EmptyState;
import org.dinexplorer.app.gui.data.DataServices;
import org.dinexplorer.app.gui.data.DataView;
import org.dinexplorer.app.gui.data.DataViewModel;
import org.dinexplorer.app.jobs.FxJobRunner;

/** Builds the content of each page of the main window. */
final class PageFactory implements Function<Page, Node> {

    private final MainViewModel main;
    private final FxJobRunner jobs;
    private final Consumer<Throwable> errors;

    private final BackgroundReads reads = BackgroundReads.forFx();

    PageFactory(MainViewModel main, FxJobRunner jobs, Consumer<Throwable> errors) {
        this.main = main;
        this.jobs = jobs;
        this.errors = errors;
    }

    private Node dataView() {
        DataViewModel model = new DataViewModel(main.database(), main.paths(), jobs, reads, DataServices.create(),
                DataViewModel.DEMO_PRESET, errors);
        model.refresh();
        return new DataView(model, jobs.running());
    }

    @Override
    public Node apply(Page page) {
        Node node = switch (page) {
            case DATA -> dataView();
            case TRAIN -> new EmptyState(page.icon(), "Nothing to train on yet",
                    "Build a training set on the Data page first; then choose DIN or the Embedding&MLP baseline "
                            + "here and start a run.");
            case RUNS -> new EmptyState(page.icon(), "No runs yet",
                    "Runs appear here once you train a model on the Train page. Select several to compare them.");
            case EXPLORE -> new EmptyState(page.icon(), "No model to explore yet",
                    "Train a DIN model first; then pick a user here to see which past behaviours drove each "
                            + "predicted click.");
        };
        node.setId("page-" + page.name().toLowerCase(java.util.Locale.ROOT));
        return node;
    }
}
