package org.dinexplorer.storage.samples;

/** A block of decoded behaviour rows handed from a parallel reader to the building thread. */
final class DecodedRows {

    /** Rows per block. */
    static final int CAPACITY = 1 << 14;

    private final int[] gap = new int[CAPACITY];
    private final int[] time = new int[CAPACITY];
    private final long[] cateAndTag = new long[CAPACITY];
    private final int[] brand = new int[CAPACITY];
    private int size;

    int size() {
        return size;
    }

    void add(int g, int t, long c, int b) {
        gap[size] = g;
        time[size] = t;
        cateAndTag[size] = c;
        brand[size] = b;
        size++;
    }

    void applyTo(GapHeaps heaps) {
        for (int i = 0; i < size; i++) {
            heaps.offer(gap[i], time[i], (byte) (cateAndTag[i] & 7), (int) (cateAndTag[i] >> 3), brand[i]);
        }
    }
}
