package org.dinexplorer.storage.samples;

/**
 * One behaviour of a sample's history, with raw values for display.
 *
 * @param timeStamp UTC seconds of the behaviour, always earlier than the impression
 * @param cate      raw category id
 * @param brand     raw brand id, {@code Vocabulary.MISSING} when the log has none
 * @param btag      behaviour type code: 1 = pv, 2 = cart, 3 = fav, 4 = buy
 * @param ageHours  hours between the behaviour and the impression, greater than 0
 */
public record HistoryItem(long timeStamp, int cate, int brand, int btag, double ageHours) {

    /** The behaviour type's name (pv, cart, fav, buy). */
    public String btagName() {
        return VocabularyPlan.btagName(btag);
    }
}
