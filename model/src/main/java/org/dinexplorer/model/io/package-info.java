/**
 * The model file: one zip holding the weights, optional Adam state, the config, the schema, the dataset fingerprint,
 * the metric history and the library versions, as JSON and raw little-endian float arrays (no Java serialization).
 * Loading checks the format version, every shape and the fingerprint and refuses anything else with a
 * {@link org.dinexplorer.model.io.ModelFileException}.
 */
package org.dinexplorer.model.io;
