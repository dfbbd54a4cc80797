/**
 * Hands the app's work to other engines and takes theirs: the training set as NumPy arrays with a manifest and
 * vocabularies, for trainers such as the PyTorch reference in {@code interop/pytorch}; a stored model exported as ONNX
 * or safetensors; weights from elsewhere imported as a stored run. Headless like the rest of {@code app.service}: no
 * JavaFX here.
 */
package org.dinexplorer.app.service.interop;
