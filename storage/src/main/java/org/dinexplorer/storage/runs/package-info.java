/**
 * Training runs kept in the database: one row per run with its canonical config, seed, data fingerprint and
 * environment, its evaluation points and its step losses. Runs are append-only; a run left running by a killed
 * process is recognised by its stale heartbeat or vanished owner process and reported as interrupted. Configs and
 * environments are opaque JSON text here; this package uses JDBC and SLF4J only and knows nothing of the model, ND4J,
 * JavaFX or the app.
 */
package org.dinexplorer.storage.runs;
