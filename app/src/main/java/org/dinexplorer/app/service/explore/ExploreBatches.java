package org.dinexplorer.app.service.explore;

import java.util.Collections;
import java.util.List;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * Builds the batches that score candidates in one context: each row is the context impression with one candidate's
 * own ad fields and price and one (possibly edited) history, encoded with the dataset's vocabularies exactly as the
 * training set encodes it (left-padded, oldest first).
 */
final class ExploreBatches {

    /** Position of {@code adgroup_id} among the ad fields. */
    static final int ADGROUP = 0;
    /** Position of {@code cate_id} among the ad fields. */
    static final int CATE = 1;
    /** Ad columns that come from the ad itself; the next one (pid) belongs to the context. */
    static final int AD_OWN_FIELDS = 5;
    /** Position of {@code brand} among the ad fields. */
    static final int BRAND = 4;

    private ExploreBatches() {
    }

    /** One row per candidate, all with the same history. */
    static Batch build(ScoringContext context, List<HistoryItem> history, List<CandidateAd> candidates,
                       Vocabularies vocabularies) {
        return buildRows(context, Collections.nCopies(candidates.size(), history), candidates, vocabularies);
    }

    /** Row {@code i} scores {@code candidates.get(i)} with {@code histories.get(i)}. */
    static Batch buildRows(ScoringContext context, List<List<HistoryItem>> histories, List<CandidateAd> candidates,
                       Vocabularies vocabularies) {
        int len = context.historyLength();
        requireScorable(len, histories, candidates);
        int n = candidates.size();
        int[] userEncoded = context.userEncoded();
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
            adColumns[AD_OWN_FIELDS][c] = context.pidEncoded();
            price[c] = candidates.get(c).encodedPrice();
            List<HistoryItem> history = histories.get(c);
            encodeHistory(history, len, context.contextTime(), vocabularies, cells, c * len);
            lengths[c] = history.size();
            users[c] = context.userId();
            ids[c] = c;
        }
        return new Batch(n, len, userColumns, adColumns, price, cells[0], cells[1], cells[2], cells[3], lengths,
                new float[n], users, ids);
    }

    private static void requireScorable(int len, List<List<HistoryItem>> histories, List<CandidateAd> candidates) {
        for (List<HistoryItem> history : histories) {
            if (history.size() > len) {
                throw new IllegalArgumentException("A history holds at most " + len + " behaviours; got "
                        + history.size() + ".");
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No candidate ad to score.");
        }
        if (histories.size() != candidates.size()) {
            throw new IllegalArgumentException(histories.size() + " histories for " + candidates.size()
                    + " candidates");
        }
    }

    /**
     * Writes one history row {cate, brand, btag, seconds before {@code contextTime}} of length {@code len},
     * left-padded with 0, into {@code cells} from {@code start} on.
     */
    private static void encodeHistory(List<HistoryItem> history, int len, long contextTime, Vocabularies vocabularies,
                                      int[][] cells, int start) {
        int offset = start + len - history.size();
        for (int p = 0; p < history.size(); p++) {
            HistoryItem item = history.get(p);
            cells[0][offset + p] = vocabularies.cate().indexOf(item.cate());
            cells[1][offset + p] = vocabularies.brand().indexOf(item.brand());
            cells[2][offset + p] = vocabularies.btag().indexOf(item.btag());
            cells[3][offset + p] = (int) Math.min(Integer.MAX_VALUE, contextTime - item.timeStamp());
        }
    }

    /**
     * Sample {@code index} of {@code batch} as a candidate ad: raw values from {@code detail}, the ad's own encoded
     * fields and price from the batch.
     */
    static CandidateAd candidate(Batch batch, int index, SampleDetail detail, boolean shown, boolean clicked) {
        int[] raw = detail.adFields();
        int[] encoded = new int[AD_OWN_FIELDS];
        for (int f = 0; f < encoded.length; f++) {
            encoded[f] = batch.adFeatures()[f][index];
        }
        return new CandidateAd(raw[ADGROUP], raw[CATE], raw[BRAND], detail.price(), shown, clicked, encoded,
                batch.price()[index]);
    }

    /** The encoded user fields of sample {@code index} of {@code batch}. */
    static int[] userFields(Batch batch, int index) {
        int[][] columns = batch.userFeatures();
        int[] values = new int[columns.length];
        for (int f = 0; f < columns.length; f++) {
            values[f] = columns[f][index];
        }
        return values;
    }

    /** The vocabularies that encode a behaviour. */
    record Vocabularies(Vocabulary cate, Vocabulary brand, Vocabulary btag) {
    }
}
