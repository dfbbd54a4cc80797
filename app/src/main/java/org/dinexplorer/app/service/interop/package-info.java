/**
 * Hands the app's work to other engines: the training set as NumPy arrays with a manifest and vocabularies, for
 * trainers such as the PyTorch reference in {@code interop/pytorch}. Headless like the rest of {@code app.service}:
 * no JavaFX here.
 */
package org.dinexplorer.app.service.interop;
