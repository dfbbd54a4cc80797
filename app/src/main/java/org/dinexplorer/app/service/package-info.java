/**
 * Services shared by the GUI and the CLI; the only classes that call the model and storage modules. No JavaFX. One
 * sub-package per feature ({@code imports}, {@code dataset}, {@code training}, {@code runs}, {@code explore},
 * {@code export}, {@code interop}, {@code bench}); this package keeps what spans them: the database, the data overview,
 * the system information and the one-step pipeline.
 */
package org.dinexplorer.app.service;
