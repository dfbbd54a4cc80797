package org.dinexplorer.storage.importing;

import java.util.Arrays;

/**
 * A set of {@code long} values in an open-addressing table of primitives: remembering a million ids costs a few
 * megabytes and asking about one allocates nothing, so it can be asked for every imported row. Not thread-safe.
 */
final class LongSet {

    /** Marks a free slot; the value itself is tracked by {@link #hasFreeMarker}. */
    private static final long FREE = Long.MIN_VALUE;
    private static final double MAX_LOAD = 0.6;

    private long[] slots = new long[64];
    private int size;
    private boolean hasFreeMarker;

    LongSet() {
        Arrays.fill(slots, FREE);
    }

    /** Adds {@code value}; true if it was not in the set. */
    boolean add(long value) {
        if (value == FREE) {
            boolean added = !hasFreeMarker;
            hasFreeMarker = true;
            return added;
        }
        int slot = slot(slots, value);
        if (slots[slot] == value) {
            return false;
        }
        slots[slot] = value;
        if (++size > slots.length * MAX_LOAD) {
            grow();
        }
        return true;
    }

    private static int slot(long[] table, long value) {
        int mask = table.length - 1;
        long h = value * 0x9E3779B97F4A7C15L;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (table[slot] != FREE && table[slot] != value) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] grown = new long[slots.length * 2];
        Arrays.fill(grown, FREE);
        for (long value : slots) {
            if (value != FREE) {
                grown[slot(grown, value)] = value;
            }
        }
        slots = grown;
    }
}
