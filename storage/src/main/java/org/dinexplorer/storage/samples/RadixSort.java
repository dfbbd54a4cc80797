package org.dinexplorer.storage.samples;

/** A stable least-significant-digit radix sort of non-negative long keys, returning the permutation it applies. */
final class RadixSort {

    private RadixSort() {
    }

    /**
     * Returns the positions of {@code keys} in ascending key order; equal keys keep their original order, which is
     * what makes sample order reproducible (ties fall back to storage order).
     *
     * @param keys non-negative keys; not modified
     */
    static int[] order(long[] keys) {
        int n = keys.length;
        long max = 0;
        for (long key : keys) {
            max = Math.max(max, key);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] scratch = new int[n];
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64 && (max >>> shift) != 0; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (keys[order[i]] >>> shift) & 0xFFFF]++;
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int position = order[i];
                scratch[counts[(int) (keys[position] >>> shift) & 0xFFFF]++] = position;
            }
            int[] swap = order;
            order = scratch;
            scratch = swap;
        }
        return order;
    }
}
