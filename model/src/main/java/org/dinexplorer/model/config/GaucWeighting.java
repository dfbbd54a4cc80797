package org.dinexplorer.model.config;

/** Weight of each user's AUC in the group AUC. */
public enum GaucWeighting {
    /** Weight = the user's impression count (the DIN paper's choice). */
    IMPRESSIONS,
    /** Weight = the user's click count. */
    CLICKS
}
