package org.dinexplorer.storage.demo;

import java.util.SplittableRandom;

/** Draws distinct ids that look like the real ones: spread over a large range, in random order. */
final class IdSampler {

    private IdSampler() {
    }

    /**
     * Draws {@code count} distinct ids from {@code 1..maxId} by selection sampling (one pass over the range, so the
     * result depends only on the random stream), then shuffles them.
     */
    static int[] distinctIds(SplittableRandom rng, int count, int maxId) {
        if (count > maxId) {
            throw new IllegalArgumentException("cannot draw " + count + " distinct ids from 1.." + maxId);
        }
        int[] ids = new int[count];
        int chosen = 0;
        for (int candidate = 1; candidate <= maxId && chosen < count; candidate++) {
            int remainingRange = maxId - candidate + 1;
            if (rng.nextInt(remainingRange) < count - chosen) {
                ids[chosen++] = candidate;
            }
        }
        shuffle(rng, ids);
        return ids;
    }

    /** Fisher-Yates shuffle in place. */
    static void shuffle(SplittableRandom rng, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Fisher-Yates shuffle in place. */
    static void shuffle(SplittableRandom rng, long[] values, int length) {
        for (int i = length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
