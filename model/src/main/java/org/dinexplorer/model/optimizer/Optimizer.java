package org.dinexplorer.model.optimizer;

/**
 * An optimizer as a sequence of steps: each step yields the {@link UpdateRule} that every parameter touched in that
 * step is updated with (a schedule or a bias correction lives here, the per-value arithmetic in the rule). Another
 * optimizer is one more implementation.
 */
public interface Optimizer {

    /** Counts one more step and returns its rule. */
    UpdateRule nextStep();

    /** Steps taken so far (including those of a resumed run). */
    long steps();
}
