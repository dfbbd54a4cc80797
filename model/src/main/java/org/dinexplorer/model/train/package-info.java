/**
 * Training of the CTR networks: {@link org.dinexplorer.model.train.DinTrainer} runs seeded, resumable epochs with
 * Adam, evaluation, early stopping on validation GAUC, atomic checkpoints and cooperative stop, and reports to a
 * {@link org.dinexplorer.model.train.TrainingListener}. It reads data only through
 * {@link org.dinexplorer.model.data.BatchSource}; no database or user-interface type appears here.
 */
package org.dinexplorer.model.train;
