package org.dinexplorer.model.eval;

import java.util.Arrays;

/**
 * Exact area under the ROC curve by the rank-sum (Mann-Whitney) formula, O(n log n). Tied scores get the average of
 * their ranks, so a tie between a click and a non-click counts one half. A label above 0.5 is a click.
 */
public final class Auc {

    private Auc() {
    }

    /**
     * AUC of all samples.
     *
     * @return the AUC in [0, 1], or NaN when the samples hold only clicks or only non-clicks
     * @throws IllegalArgumentException when there are no samples or the arrays differ in length
     */
    public static double of(float[] scores, float[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores has " + scores.length + " values but labels has "
                    + labels.length);
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("cannot compute an AUC without samples");
        }
        int[] all = new int[scores.length];
        Arrays.setAll(all, i -> i);
        return ofSubset(scores, labels, all, 0, all.length);
    }

    /** AUC of the samples {@code indices[from .. to)}; NaN when they hold one class only. */
    static double ofSubset(float[] scores, float[] labels, int[] indices, int from, int to) {
        int n = to - from;
        long[] keys = new long[n];
        long positives = 0;
        for (int i = 0; i < n; i++) {
            int index = indices[from + i];
            keys[i] = ((long) sortableBits(scores[index]) << 32) | (index & 0xFFFFFFFFL);
            positives += labels[index] > 0.5f ? 1 : 0;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        Arrays.sort(keys);
        double positiveRankSum = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            int bits = (int) (keys[start] >> 32);
            while (end < n && (int) (keys[end] >> 32) == bits) {
                end++;
            }
            double averageRank = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++) {
                if (labels[(int) keys[i]] > 0.5f) {
                    positiveRankSum += averageRank;
                }
            }
            start = end;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Float bits mapped so that signed integer order equals numeric order (-0.0 and 0.0 tie). */
    private static int sortableBits(float value) {
        int bits = Float.floatToIntBits(value == 0f ? 0f : value);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }
}
