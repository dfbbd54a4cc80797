package org.dinexplorer.app.gui.runs;

import org.dinexplorer.model.config.DinConfig;

/** What the Runs page asks of the Train page. */
public interface RunActions {

    /** Fills the training form from a run and switches to the Train page; the next run becomes its child. */
    void trainAgainWithChanges(long runId, DinConfig config, long seed);

    /** Continues a cancelled or interrupted run and switches to the Train page. */
    void resume(long runId);

    /** Shows the run's model on the Explore page. */
    void explore(long runId);
}
