/**
 * The JavaFX GUI: the main window and one sub-package per feature, each with a View (builds and binds controls) and
 * a ViewModel (state, validation, calls into services; never touches a control).
 */
package org.dinexplorer.app.gui;
