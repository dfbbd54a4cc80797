/**
 * Optimizers as a strategy over parameters: an {@link org.dinexplorer.model.optimizer.Optimizer} yields one
 * {@link org.dinexplorer.model.optimizer.UpdateRule} per step, which the dense parameters and the lazily updated
 * embedding rows both apply, so both follow the same operation order. Adam is the one optimizer
 * ({@link org.dinexplorer.model.optimizer.Adam}, {@link org.dinexplorer.model.optimizer.AdamStep}). Depends on nothing
 * outside the JDK.
 */
package org.dinexplorer.model.optimizer;
