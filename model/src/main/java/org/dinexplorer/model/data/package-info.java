/**
 * The model's input contract: {@link org.dinexplorer.model.data.FeatureSchema} (fields, tables, history length),
 * {@link org.dinexplorer.model.data.Batch} (one mini-batch in primitive arrays) and
 * {@link org.dinexplorer.model.data.BatchSource} (a split read in batches), plus an in-memory source for tests and
 * benchmarks. Implementations backed by a database live in the app, never here.
 */
package org.dinexplorer.model.data;
