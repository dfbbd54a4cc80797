package org.dinexplorer.app.service.explore;

import java.util.List;
import org.dinexplorer.storage.samples.HistoryItem;

/**
 * One user on the test day as the Explore page shows it: profile, impressions, behaviour history and the candidate
 * ads, plus the encoded context (profile and position id of the user's last test impression) used to score them.
 *
 * @param userId          raw user id
 * @param fingerprint     the training set it was read from
 * @param contextTime     UTC seconds of the context impression (the user's last one on the test day)
 * @param contextPid      position id of the context impression
 * @param profile         the user's profile fields in schema order
 * @param impressions     the user's test impressions in time order
 * @param history         the context's behaviours, oldest first
 * @param candidates      the ads the user saw on the test day, each once
 * @param historyLength   L, the most behaviours a history holds
 * @param userEncoded     index of each user field
 * @param pidEncoded      index of the context's position id
 */
public record ExploreUser(int userId, String fingerprint, long contextTime, String contextPid,
                          List<ProfileField> profile, List<Impression> impressions, List<HistoryItem> history,
                          List<CandidateAd> candidates, int historyLength, int[] userEncoded, int pidEncoded) {

    /** Copies the lists and the array. */
    public ExploreUser {
        profile = List.copyOf(profile);
        impressions = List.copyOf(impressions);
        history = List.copyOf(history);
        candidates = List.copyOf(candidates);
        userEncoded = userEncoded.clone();
    }

    /** The encoded user fields (a copy). */
    @Override
    public int[] userEncoded() {
        return userEncoded.clone();
    }

    /** The context the candidates are scored in: the user's last test impression. */
    public ScoringContext context() {
        return new ScoringContext(userId, contextTime, historyLength, userEncoded, pidEncoded);
    }

    /**
     * One profile field.
     *
     * @param field the Taobao column name, e.g. {@code age_level}
     * @param value its display value ({@code <unknown>} when the model has no index for it)
     */
    public record ProfileField(String field, String value) {
    }

    /**
     * One impression of the user on the test day.
     *
     * @param timeStamp UTC seconds
     * @param adgroupId raw ad id
     * @param cate      raw category id
     * @param brand     raw brand id
     * @param price     raw price, NaN when unknown
     * @param pid       position id
     * @param clicked   whether it was clicked
     */
    public record Impression(long timeStamp, int adgroupId, int cate, int brand, float price, String pid,
                             boolean clicked) {
    }
}
