package org.dinexplorer.storage.samples;

import java.util.Arrays;

/** Maps a set of distinct raw ids to dense positions 0..n-1 in ascending id order. */
final class IdIndex {

    private static final int DIRECT_LIMIT = 1 << 24;

    private final int[] sortedIds;
    private final int[] direct;

    private IdIndex(int[] sortedIds) {
        this.sortedIds = sortedIds;
        boolean small = sortedIds.length > 0 && sortedIds[0] >= 0 && sortedIds[sortedIds.length - 1] < DIRECT_LIMIT;
        if (small) {
            direct = new int[sortedIds[sortedIds.length - 1] + 1];
            Arrays.fill(direct, -1);
            for (int i = 0; i < sortedIds.length; i++) {
                direct[sortedIds[i]] = i;
            }
        } else {
            direct = null;
        }
    }

    /** The index of the distinct values of {@code ids}. */
    static IdIndex of(int[] ids) {
        return new IdIndex(Arrays.stream(ids).sorted().distinct().toArray());
    }

    /** Wraps ids that are already sorted and distinct. */
    static IdIndex ofSorted(int[] sortedDistinctIds) {
        return new IdIndex(sortedDistinctIds);
    }

    int size() {
        return sortedIds.length;
    }

    int id(int position) {
        return sortedIds[position];
    }

    int[] ids() {
        return sortedIds.clone();
    }

    /** The dense position of {@code id}, or -1 when it is not in the set. */
    int indexOf(int id) {
        if (direct != null) {
            return id >= 0 && id < direct.length ? direct[id] : -1;
        }
        int position = Arrays.binarySearch(sortedIds, id);
        return position >= 0 ? position : -1;
    }
}
