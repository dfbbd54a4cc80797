package org.dinexplorer.storage.vocab;

import java.util.Arrays;

/**
 * Counts occurrences of {@code int} keys in an open-addressing table of primitives, so counting hundreds of millions
 * of values allocates nothing per value. Not thread-safe.
 */
public final class IntCounter {

    private static final int EMPTY = Integer.MIN_VALUE + 1;
    private static final double MAX_LOAD = 0.6;

    private int[] keys;
    private long[] counts;
    private int size;
    private boolean hasEmptyKey;
    private long emptyKeyCount;

    /** Creates an empty counter. */
    public IntCounter() {
        keys = new int[64];
        Arrays.fill(keys, EMPTY);
        counts = new long[64];
    }

    /**
     * Adds {@code amount} to the count of {@code key}.
     *
     * @param key    any int, including {@link Vocabulary#MISSING}
     * @param amount occurrences to add, at least 0
     */
    public void add(int key, long amount) {
        if (key == EMPTY) {
            hasEmptyKey = true;
            emptyKeyCount += amount;
            return;
        }
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            if (size > keys.length * MAX_LOAD) {
                counts[slot] += amount;
                grow();
                return;
            }
        }
        counts[slot] += amount;
    }

    /** Adds one occurrence of {@code key}. */
    public void add(int key) {
        add(key, 1);
    }

    /** The count of {@code key}, 0 if never added. */
    public long count(int key) {
        if (key == EMPTY) {
            return emptyKeyCount;
        }
        int slot = slot(key);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    /** Number of distinct keys counted. */
    public int distinctCount() {
        return size + (hasEmptyKey ? 1 : 0);
    }

    /** The distinct keys, in no particular order. */
    public int[] keys() {
        int[] result = new int[distinctCount()];
        int next = 0;
        for (int key : keys) {
            if (key != EMPTY) {
                result[next++] = key;
            }
        }
        if (hasEmptyKey) {
            result[next] = EMPTY;
        }
        return result;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new long[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
