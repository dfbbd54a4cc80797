package org.dinexplorer.app.service.explore;

/**
 * The encoded context in which candidate ads are scored against a (possibly edited) history: who the user is, when
 * the impression happens and on which position. Everything else of a scored row comes from the candidate and the
 * history.
 *
 * @param userId        raw user id
 * @param contextTime   UTC seconds of the context impression; behaviour ages are measured from it
 * @param historyLength L, the most behaviours a history holds
 * @param userEncoded   index of each user field
 * @param pidEncoded    index of the context's position id
 */
public record ScoringContext(int userId, long contextTime, int historyLength, int[] userEncoded, int pidEncoded) {

    /** Copies the array. */
    public ScoringContext {
        userEncoded = userEncoded.clone();
    }

    /** The encoded user fields (a copy). */
    @Override
    public int[] userEncoded() {
        return userEncoded.clone();
    }
}
