/**
 * Writing charts and heatmaps as SVG (vector, real text) and CSV from plain data, without JavaFX, so the GUI and the
 * CLI export the same files. Files are written to a temporary sibling and moved into place, never half-written.
 */
package org.dinexplorer.app.service.export;
