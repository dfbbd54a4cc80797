/**
 * The Explore page: one test user's profile, history and impressions, the heatmap of candidate ads over the history
 * (attention weight or influence on the CTR, on a scale centred at zero), eCPM ranking with editable bids, and what-if
 * edits of the history rescored at once. The view model calls
 * {@code app.service.ExploreService} off the FX thread and never touches a control; the views only build and bind.
 */
package org.dinexplorer.app.gui.attention;
