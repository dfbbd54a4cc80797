package org.dinexplorer.app.gui.attention;

/** What the Explore heatmap and the top-behaviour bars show for each (candidate ad, behaviour). */
public enum HeatmapMeasure {
    /** The attention unit's raw weight: how the history is pooled, signed, not a share of the score. */
    WEIGHT("weight", "Attention weight"),
    /** Predicted CTR minus the CTR with that behaviour removed: how much the behaviour moved this ad's score. */
    INFLUENCE("influence", "Influence on CTR");

    private final String column;
    private final String title;

    HeatmapMeasure(String column, String title) {
        this.column = column;
        this.title = title;
    }

    /** Short name: the CSV column and the legend caption. */
    public String column() {
        return column;
    }

    @Override
    public String toString() {
        return title;
    }
}
