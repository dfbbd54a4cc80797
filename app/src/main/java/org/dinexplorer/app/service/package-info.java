/**
 * Services shared by the GUI and the CLI; the only classes that call the model and storage modules. No JavaFX.
 */
package org.dinexplorer.app.service;
