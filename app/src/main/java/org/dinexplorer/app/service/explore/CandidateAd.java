package org.dinexplorer.app.service.explore;

/**
 * A candidate ad of the Explore page: raw values for display and its encoded fields for scoring.
 *
 * @param adgroupId    raw ad id
 * @param cate         raw category id
 * @param brand        raw brand id ({@code Vocabulary.MISSING} when unknown)
 * @param price        the ad's raw price, NaN when unknown
 * @param shown        true if the user saw the ad on the test day, false for an ad the analyst added
 * @param clicked      true if the user clicked it on the test day
 * @param encoded      indices of the ad's own fields (adgroup_id, cate_id, campaign_id, customer, brand)
 * @param encodedPrice the price as the model sees it (normalised)
 */
public record CandidateAd(int adgroupId, int cate, int brand, float price, boolean shown, boolean clicked,
                          int[] encoded, float encodedPrice) {

    /** Copies the array. */
    public CandidateAd {
        encoded = encoded.clone();
    }

    /** The ad's own encoded fields (a copy). */
    @Override
    public int[] encoded() {
        return encoded.clone();
    }
}
