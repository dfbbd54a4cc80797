package org.dinexplorer.app.service.explore;

/**
 * The attention weight of one candidate ad on one behaviour of the user's history, and how much that behaviour moves
 * the candidate's predicted CTR.
 *
 * @param adgroupId raw id of the candidate ad
 * @param position  0-based position among the real behaviours, oldest first
 * @param timeStamp UTC seconds of the behaviour
 * @param btag      behaviour type name (pv, cart, fav, buy)
 * @param cate      raw category id of the behaviour
 * @param brand     raw brand id of the behaviour (the vocabulary's missing marker when the log has none)
 * @param weight    attention weight (the pooling weight for the baseline)
 * @param influence predicted CTR minus the CTR with this behaviour removed from the history
 */
public record AttentionRow(int adgroupId, int position, long timeStamp, String btag, int cate, int brand,
                           float weight, float influence) {
}
