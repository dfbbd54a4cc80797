package org.dinexplorer.model.eval;

import java.util.HashMap;
import java.util.Map;
import org.dinexplorer.model.config.GaucWeighting;

/**
 * Group AUC of the DIN paper: {@code sum_u w_u AUC_u / sum_u w_u} over users with at least one click and one
 * non-click; users with a single class are left out and counted. O(n log n).
 */
public final class Gauc {

    /**
     * @param gauc          the weighted mean of per-user AUCs, NaN when no user qualifies
     * @param usersIncluded users with both classes
     * @param usersExcluded users with only clicks or only non-clicks
     */
    public record Result(double gauc, int usersIncluded, int usersExcluded) {
    }

    /**
     * Both weightings of one grouping: each user's AUC is computed once and weighted twice.
     *
     * @param byImpressions users weighted by impressions (the paper's), NaN when no user qualifies
     * @param byClicks      users weighted by clicks, NaN when no user qualifies
     * @param usersIncluded users with both classes
     * @param usersExcluded users with only clicks or only non-clicks
     */
    public record Both(double byImpressions, double byClicks, int usersIncluded, int usersExcluded) {
    }

    private Gauc() {
    }

    /**
     * Computes the GAUC.
     *
     * @param weighting impression count or click count as each user's weight
     * @throws IllegalArgumentException when there are no samples or the arrays differ in length
     */
    public static Result of(float[] scores, float[] labels, long[] userIds, GaucWeighting weighting) {
        Both both = both(scores, labels, userIds);
        return new Result(weighting == GaucWeighting.CLICKS ? both.byClicks() : both.byImpressions(),
                both.usersIncluded(), both.usersExcluded());
    }

    /**
     * Computes the GAUC with both weightings.
     *
     * @throws IllegalArgumentException when there are no samples or the arrays differ in length
     */
    public static Both both(float[] scores, float[] labels, long[] userIds) {
        int n = scores.length;
        if (labels.length != n || userIds.length != n) {
            throw new IllegalArgumentException("scores, labels and userIds differ in length: " + n + ", "
                    + labels.length + ", " + userIds.length);
        }
        if (n == 0) {
            throw new IllegalArgumentException("cannot compute a GAUC without samples");
        }
        Map<Long, Integer> groupOf = new HashMap<>();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = groupOf.computeIfAbsent(userIds[i], u -> groupOf.size());
        }
        int groups = groupOf.size();
        int[] start = new int[groups + 1];
        for (int g : group) {
            start[g + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] cursor = start.clone();
        int[] byUser = new int[n];
        for (int i = 0; i < n; i++) {
            byUser[cursor[group[i]]++] = i;
        }
        return combine(scores, labels, byUser, start, groups);
    }

    private static Both combine(float[] scores, float[] labels, int[] byUser, int[] start, int groups) {
        double byImpressions = 0;
        double impressions = 0;
        double byClicks = 0;
        double clicks = 0;
        int included = 0;
        for (int g = 0; g < groups; g++) {
            double auc = Auc.ofSubset(scores, labels, byUser, start[g], start[g + 1]);
            if (Double.isNaN(auc)) {
                continue;
            }
            int userImpressions = start[g + 1] - start[g];
            int userClicks = clicks(labels, byUser, start[g], start[g + 1]);
            byImpressions += userImpressions * auc;
            impressions += userImpressions;
            byClicks += userClicks * auc;
            clicks += userClicks;
            included++;
        }
        return included == 0 ? new Both(Double.NaN, Double.NaN, 0, groups)
                : new Both(byImpressions / impressions, byClicks / clicks, included, groups - included);
    }

    private static int clicks(float[] labels, int[] indices, int from, int to) {
        int clicks = 0;
        for (int i = from; i < to; i++) {
            clicks += labels[indices[i]] > 0.5f ? 1 : 0;
        }
        return clicks;
    }
}
