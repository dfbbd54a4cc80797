package org.dinexplorer.app.gui.attention;

/** How long before the context impression a behaviour added in Explore happened. */
public enum BehaviorAge {
    /** One minute before. */
    MINUTE("1 minute ago", 60),
    /** One hour before. */
    HOUR("1 hour ago", 3_600),
    /** One day before. */
    DAY("1 day ago", 86_400),
    /** Three days before. */
    THREE_DAYS("3 days ago", 3 * 86_400),
    /** One week before. */
    WEEK("1 week ago", 7 * 86_400),
    /** Two weeks before. */
    TWO_WEEKS("2 weeks ago", 14 * 86_400);

    private final String label;
    private final int seconds;

    BehaviorAge(String label, int seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    /** Seconds before the context impression. */
    public int seconds() {
        return seconds;
    }

    @Override
    public String toString() {
        return label;
    }
}
