/**
 * The Train page: the hyper-parameter form with validation and presets, the background training job with
 * pause/resume/stop, live loss and metric curves, and the log.
 */
package org.dinexplorer.app.gui.training;
