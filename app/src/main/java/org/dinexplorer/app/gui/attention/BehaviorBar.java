package org.dinexplorer.app.gui.attention;

/**
 * One of the behaviours with the largest weight or influence (by absolute value) for the selected ad.
 *
 * @param position 0-based position in the (edited) history, oldest first
 * @param label    what the behaviour was (category, brand, type, age)
 * @param value    its attention weight or influence, signed
 */
public record BehaviorBar(int position, String label, double value) {
}
