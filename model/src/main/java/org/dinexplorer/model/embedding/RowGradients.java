package org.dinexplorer.model.embedding;

import java.util.Arrays;

/**
 * Gradients of the rows one batch touched, keyed by row in an open-addressing hash table. Slots are handed out in
 * first-touch order, so applying them in slot order is deterministic.
 */
final class RowGradients {

    private final int dim;
    private int[] table = new int[1024];
    private int[] slotRow = new int[512];
    private int[] slotCount = new int[512];
    private float[] grads;
    private int used;

    RowGradients(int dim) {
        this.dim = dim;
        this.grads = new float[512 * dim];
    }

    int used() {
        return used;
    }

    int row(int slot) {
        return slotRow[slot];
    }

    int count(int slot) {
        return slotCount[slot];
    }

    float[] grads() {
        return grads;
    }

    /** Adds a gradient vector to {@code row}'s slot and returns the slot. */
    int add(int row, float[] source, int offset) {
        int slot = slotFor(row);
        int go = slot * dim;
        for (int d = 0; d < dim; d++) {
            grads[go + d] += source[offset + d];
        }
        slotCount[slot]++;
        return slot;
    }

    private int slotFor(int row) {
        int mask = table.length - 1;
        int h = mix(row) & mask;
        while (table[h] != 0) {
            int slot = table[h] - 1;
            if (slotRow[slot] == row) {
                return slot;
            }
            h = (h + 1) & mask;
        }
        if (used == slotRow.length) {
            growSlots();
        }
        int slot = used++;
        slotRow[slot] = row;
        table[h] = slot + 1;
        if (used * 2 > table.length) {
            rehash(table.length * 2);
        }
        return slot;
    }

    private void growSlots() {
        int capacity = slotRow.length * 2;
        slotRow = Arrays.copyOf(slotRow, capacity);
        slotCount = Arrays.copyOf(slotCount, capacity);
        grads = Arrays.copyOf(grads, capacity * dim);
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int slot = 0; slot < used; slot++) {
            int h = mix(slotRow[slot]) & mask;
            while (table[h] != 0) {
                h = (h + 1) & mask;
            }
            table[h] = slot + 1;
        }
    }

    /** Forgets all rows; keeps the capacity. */
    void clear() {
        Arrays.fill(grads, 0, used * dim, 0f);
        Arrays.fill(slotCount, 0, used, 0);
        Arrays.fill(table, 0);
        used = 0;
    }

    private static int mix(int row) {
        int h = row * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
