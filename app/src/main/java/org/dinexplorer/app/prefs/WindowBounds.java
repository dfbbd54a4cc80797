package org.dinexplorer.app.prefs;

/**
 * Position and size of a window in screen pixels.
 *
 * @param x         left edge
 * @param y         top edge
 * @param width     width, positive
 * @param height    height, positive
 * @param maximized whether the window was maximized
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
