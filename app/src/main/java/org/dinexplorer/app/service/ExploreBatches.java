package org.dinexplorer.app.service;

import java.util.List;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * Builds the batch that scores a user's candidates: the context impression repeated once per candidate, each copy with
 * that candidate's own ad fields and price and the same (possibly edited) history, encoded with the dataset's
 * vocabularies exactly as the training set encodes it (left-padded, oldest first).
 */
final class ExploreBatches {

    /** Ad columns that come from the ad itself; the next one (pid) belongs to the context. */
    static final int AD_OWN_FIELDS = 5;
    /** Position of {@code brand} among the ad fields. */
    static final int BRAND = 4;

    private ExploreBatches() {
    }

    static Batch build(ExploreUser user, List<HistoryItem> history, List<CandidateAd> candidates,
                       Vocabulary cate, Vocabulary brand, Vocabulary btag) {
        int len = user.historyLength();
        if (history.size() > len) {
            throw new IllegalArgumentException("A history holds at most " + len + " behaviours; got "
                    + history.size() + ".");
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No candidate ad to score.");
        }
        int n = candidates.size();
        int[] userEncoded = user.userEncoded();
        int[][] userColumns = new int[userEncoded.length][n];
        int[][] adColumns = new int[AD_OWN_FIELDS + 1][n];
        float[] price = new float[n];
        int[] histCate = new int[n * len];
        int[] histBrand = new int[n * len];
        int[] histBtag = new int[n * len];
        int[] lengths = new int[n];
        long[] users = new long[n];
        long[] ids = new long[n];
        int offset = len - history.size();
        for (int c = 0; c < n; c++) {
            CandidateAd ad = candidates.get(c);
            for (int f = 0; f < userEncoded.length; f++) {
                userColumns[f][c] = userEncoded[f];
            }
            int[] own = ad.encoded();
            for (int f = 0; f < AD_OWN_FIELDS; f++) {
                adColumns[f][c] = own[f];
            }
            adColumns[AD_OWN_FIELDS][c] = user.pidEncoded();
            price[c] = ad.encodedPrice();
            for (int p = 0; p < history.size(); p++) {
                HistoryItem item = history.get(p);
                int cell = c * len + offset + p;
                histCate[cell] = cate.indexOf(item.cate());
                histBrand[cell] = brand.indexOf(item.brand());
                histBtag[cell] = btag.indexOf(item.btag());
            }
            lengths[c] = history.size();
            users[c] = user.userId();
            ids[c] = c;
        }
        return new Batch(n, len, userColumns, adColumns, price, histCate, histBrand, histBtag, lengths, new float[n],
                users, ids);
    }
}
