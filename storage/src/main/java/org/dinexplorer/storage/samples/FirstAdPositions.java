package org.dinexplorer.storage.samples;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Where each ad first occurs in a split, by the ad's index in the {@code adgroup_id} vocabulary, with the index of
 * its category: what the Explore page needs to offer a training ad as a candidate. Built in one pass over the split's
 * ad column; no history is read (reading whole training batches for this took 61 s at full size). Immutable.
 */
public final class FirstAdPositions {

    private final int[] positions;
    private final int[] cates;

    private FirstAdPositions(int[] positions, int[] cates) {
        this.positions = positions;
        this.cates = cates;
    }

    /**
     * @param size     samples in the split
     * @param adOf     the adgroup_id index of the sample at a position
     * @param cateOf   the cate_id index of the sample at a position
     * @param adCount  size of the adgroup_id vocabulary
     */
    static FirstAdPositions of(int size, IntUnaryOperator adOf, IntUnaryOperator cateOf, int adCount) {
        int[] positions = new int[adCount];
        int[] cates = new int[adCount];
        Arrays.fill(positions, -1);
        for (int p = 0; p < size; p++) {
            int ad = adOf.applyAsInt(p);
            if (positions[ad] < 0) {
                positions[ad] = p;
                cates[ad] = cateOf.applyAsInt(p);
            }
        }
        return new FirstAdPositions(positions, cates);
    }

    /** Size of the adgroup_id vocabulary (indices 0 and 1, padding and unknown, never occur). */
    public int adCount() {
        return positions.length;
    }

    /** First position of the ad with vocabulary index {@code ad}, or -1 if the split does not show it. */
    public int position(int ad) {
        return positions[ad];
    }

    /** The cate_id index of the ad with vocabulary index {@code ad}; meaningless where {@link #position} is -1. */
    public int cate(int ad) {
        return cates[ad];
    }
}
