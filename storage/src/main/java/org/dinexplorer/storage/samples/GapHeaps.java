package org.dinexplorer.storage.samples;

import org.dinexplorer.storage.StorageException;

/**
 * Flat storage of the behaviours kept per gap: gap {@code g} owns slots {@code [start[g], start[g + 1])}. A gap with
 * more behaviours than slots keeps the greatest by (time, btag, cate, brand) in a min-heap over its slots, so the
 * latest behaviours win whatever order the table is scanned in.
 */
final class GapHeaps {

    final int[] time;
    final int[] cate;
    final int[] brand;
    final byte[] btag;
    private final int[] start;
    private final int[] counts;
    private final int[] filled;
    private final int capacity;

    GapHeaps(int total, int[] start, int[] counts, int capacity) {
        this.time = new int[total];
        this.cate = new int[total];
        this.brand = new int[total];
        this.btag = new byte[total];
        this.start = start;
        this.counts = counts;
        this.filled = new int[counts.length];
        this.capacity = capacity;
    }

    void offer(int gap, int t, byte tag, int c, int b) {
        int base = start[gap];
        int slots = start[gap + 1] - base;
        if (filled[gap] < slots) {
            int slot = filled[gap]++;
            set(base + slot, t, tag, c, b);
            if (counts[gap] > capacity) {
                siftUp(base, slot);
            }
            return;
        }
        if (counts[gap] <= capacity) {
            throw new StorageException("Table behaviors changed while the training set was being built. Wait for "
                    + "imports to finish, then build again.");
        }
        if (compare(t, tag, c, b, base) > 0) {
            set(base, t, tag, c, b);
            siftDown(base, capacity);
        }
    }

    /** Sorts every gap's slots ascending; gaps hold at most the history length, so insertion sort is enough. */
    void sortGaps() {
        for (int g = 0; g < counts.length; g++) {
            int from = start[g];
            int to = start[g + 1];
            for (int i = from + 1; i < to; i++) {
                int j = i;
                while (j > from && greater(j - 1, j)) {
                    swap(j - 1, j);
                    j--;
                }
            }
        }
    }

    private void siftUp(int base, int slot) {
        int child = slot;
        while (child > 0) {
            int parent = (child - 1) / 2;
            if (!greater(base + parent, base + child)) {
                return;
            }
            swap(base + parent, base + child);
            child = parent;
        }
    }

    private void siftDown(int base, int size) {
        int parent = 0;
        while (true) {
            int smallest = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && greater(base + smallest, base + left)) {
                smallest = left;
            }
            if (right < size && greater(base + smallest, base + right)) {
                smallest = right;
            }
            if (smallest == parent) {
                return;
            }
            swap(base + parent, base + smallest);
            parent = smallest;
        }
    }

    private int compare(int t, byte tag, int c, int b, int slot) {
        int result = Integer.compare(t, time[slot]);
        if (result == 0) {
            result = Byte.compare(tag, btag[slot]);
        }
        if (result == 0) {
            result = Integer.compare(c, cate[slot]);
        }
        if (result == 0) {
            result = Integer.compare(b, brand[slot]);
        }
        return result;
    }

    private boolean greater(int a, int b) {
        return compare(time[a], btag[a], cate[a], brand[a], b) > 0;
    }

    private void set(int slot, int t, byte tag, int c, int b) {
        time[slot] = t;
        btag[slot] = tag;
        cate[slot] = c;
        brand[slot] = b;
    }

    private void swap(int a, int b) {
        int t = time[a];
        time[a] = time[b];
        time[b] = t;
        byte tag = btag[a];
        btag[a] = btag[b];
        btag[b] = tag;
        int c = cate[a];
        cate[a] = cate[b];
        cate[b] = c;
        int br = brand[a];
        brand[a] = brand[b];
        brand[b] = br;
    }
}
