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
        requireScorable(len, history, candidates);
        int[][] row = encodeHistory(history, len, user.contextTime(), cate, brand, btag);
        int n = candidates.size();
        int[] userEncoded = user.userEncoded();
        int[][] userColumns = new int[userEncoded.length][n];
        int[][] adColumns = new int[AD_OWN_FIELDS + 1][n];
        float[] price = new float[n];
        int[][] cells = new int[4][n * len];
        int[] lengths = new int[n];
        long[] users = new long[n];
        long[] ids = new long[n];
        for (int c = 0; c < n; c++) {
            for (int f = 0; f < userEncoded.length; f++) {
                userColumns[f][c] = userEncoded[f];
            }
            int[] own = candidates.get(c).encoded();
            for (int f = 0; f < AD_OWN_FIELDS; f++) {
                adColumns[f][c] = own[f];
            }
            adColumns[AD_OWN_FIELDS][c] = user.pidEncoded();
            price[c] = candidates.get(c).encodedPrice();
            for (int k = 0; k < cells.length; k++) {
                System.arraycopy(row[k], 0, cells[k], c * len, len);
            }
            lengths[c] = history.size();
            users[c] = user.userId();
            ids[c] = c;
        }
        return new Batch(n, len, userColumns, adColumns, price, cells[0], cells[1], cells[2], cells[3], lengths,
                new float[n], users, ids);
    }

    private static void requireScorable(int len, List<HistoryItem> history, List<CandidateAd> candidates) {
        if (history.size() > len) {
            throw new IllegalArgumentException("A history holds at most " + len + " behaviours; got "
                    + history.size() + ".");
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No candidate ad to score.");
        }
    }

    /**
     * One history row {cate, brand, btag, seconds before {@code contextTime}} of length {@code len}, left-padded with
     * 0.
     */
    private static int[][] encodeHistory(List<HistoryItem> history, int len, long contextTime, Vocabulary cate,
                                         Vocabulary brand, Vocabulary btag) {
        int[][] row = new int[4][len];
        int offset = len - history.size();
        for (int p = 0; p < history.size(); p++) {
            HistoryItem item = history.get(p);
            row[0][offset + p] = cate.indexOf(item.cate());
            row[1][offset + p] = brand.indexOf(item.brand());
            row[2][offset + p] = btag.indexOf(item.btag());
            row[3][offset + p] = (int) Math.min(Integer.MAX_VALUE, contextTime - item.timeStamp());
        }
        return row;
    }
}
