package org.dinexplorer.app.gui.attention;

/** How the candidate rows of the heatmap and the table are ordered. */
public enum RowOrder {
    /** The user's impressions in time order, then the added ads. */
    AS_SHOWN("As shown"),
    /** Highest predicted CTR first. */
    CTR("Predicted CTR"),
    /** Highest eCPM first: the ad system's ranking. */
    ECPM("eCPM (ranking)");

    private final String label;

    RowOrder(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
