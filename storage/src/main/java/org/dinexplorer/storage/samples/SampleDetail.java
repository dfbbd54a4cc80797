package org.dinexplorer.storage.samples;

import java.util.List;

/**
 * One sample with raw values, for the explore and attention views.
 *
 * @param split      the split it belongs to
 * @param position   its position in the split's stable order
 * @param sampleId   rowid of the impression
 * @param userId     raw user id
 * @param timeStamp  UTC seconds of the impression
 * @param adFields   raw values of adgroup_id, cate_id, campaign_id, customer, brand ({@code Vocabulary.MISSING} when
 *                   unknown)
 * @param price      the ad's raw price, NaN when the ad is missing from the ads table
 * @param pid        the position id string
 * @param clicked    whether the impression was clicked
 * @param history    the behaviours before the impression, oldest first (at most the history length)
 */
public record SampleDetail(Split split, int position, long sampleId, int userId, long timeStamp, int[] adFields,
                           float price, String pid, boolean clicked, List<HistoryItem> history) {

    /** Freezes the history list. */
    public SampleDetail {
        adFields = adFields.clone();
        history = List.copyOf(history);
    }
}
