/**
 * Model files and exchange formats. The model file is one zip holding the weights, optional Adam state, the config,
 * the schema, the dataset fingerprint, the metric history and the library versions, as JSON and raw little-endian
 * float arrays (no Java serialization); safetensors files hold the weights under {@link
 * org.dinexplorer.model.io.NamedTensor} names with config, schema and fingerprint as metadata; ONNX files hold the
 * inference graph. Loading checks the format version, every shape and the fingerprint and refuses anything else with a
 * {@link org.dinexplorer.model.io.ModelFileException}.
 */
package org.dinexplorer.model.io;
