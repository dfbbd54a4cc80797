package org.dinexplorer.app.gui.attention;

/**
 * One of the behaviours that weigh most for the selected ad.
 *
 * @param position 0-based position in the (edited) history, oldest first
 * @param label    what the behaviour was (category, brand, type, age)
 * @param weight   its attention weight
 */
public record BehaviourBar(int position, String label, double weight) {
}
