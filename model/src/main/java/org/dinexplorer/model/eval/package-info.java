/**
 * Offline metrics of click predictions: exact AUC with averaged ranks for ties, user-weighted group AUC (GAUC),
 * clipped log loss, accuracy and calibration, and {@link org.dinexplorer.model.eval.Evaluator}, which computes them
 * for a model over a {@link org.dinexplorer.model.data.BatchSource}. Pure Java over primitive arrays.
 */
package org.dinexplorer.model.eval;
