package org.dinexplorer.app.service;

/**
 * The attention weight of one candidate ad on one behaviour of the user's history.
 *
 * @param adgroupId raw id of the candidate ad
 * @param position  0-based position among the real behaviours, oldest first
 * @param timeStamp UTC seconds of the behaviour
 * @param btag      behaviour type name (pv, cart, fav, buy)
 * @param cate      raw category id of the behaviour
 * @param brand     raw brand id of the behaviour (the vocabulary's missing marker when the log has none)
 * @param weight    attention weight (the pooling weight for the baseline)
 */
public record AttentionRow(int adgroupId, int position, long timeStamp, String btag, int cate, int brand,
                           float weight) {
}
