package org.dinexplorer.app.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Short read-only queries (an overview, a page of rejected rows) run off the FX thread, without taking the single
 * job slot that imports and training use, so the user can browse while a long job runs. Results and failures are
 * delivered where the view model can touch its state (the FX thread in the app, inline in tests).
 */
public final class BackgroundReads {

    private final Executor worker;
    private final Consumer<Runnable> deliver;

    /**
     * @param worker  runs the queries
     * @param deliver hands results back (e.g. {@code Platform::runLater})
     */
    public BackgroundReads(Executor worker, Consumer<Runnable> deliver) {
        this.worker = worker;
        this.deliver = deliver;
    }

    /** Queries on one daemon thread, results on the FX thread. */
    public static BackgroundReads forFx() {
        return new BackgroundReads(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "din-explorer-reads");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
    }

    /** Runs everything on the calling thread (for view-model tests). */
    public static BackgroundReads inline() {
        return new BackgroundReads(Runnable::run, Runnable::run);
    }

    /** Runs {@code query} in the background and hands its result or failure back. */
    public <T> void read(Callable<T> query, Consumer<? super T> onResult, Consumer<Throwable> onError) {
        worker.execute(() -> {
            try {
                T result = query.call();
                deliver.accept(() -> onResult.accept(result));
            } catch (Exception e) { // top-level handler of a background query: shown to the user
                deliver.accept(() -> onError.accept(e));
            }
        });
    }
}
