package org.dinexplorer.storage.samples;

import java.nio.file.Path;
import org.dinexplorer.storage.StorageException;

/**
 * Flat storage of the behaviours kept per gap: gap {@code g} owns slots {@code [start[g], start[g + 1])}. A gap with
 * more behaviours than slots keeps the greatest by (time, btag, cate, brand) in a min-heap over its slots, so the
 * latest behaviours win whatever order the table is scanned in. The slots are the behaviour columns of the dataset
 * folder, mapped rather than held in the heap: at the full Taobao size they take several gigabytes.
 */
final class GapHeaps {

    private final ColumnFile time;
    private final ColumnFile cate;
    private final ColumnFile brand;
    private final ColumnFile btag;
    private final int[] start;
    private final int[] counts;
    private final int[] filled;
    private final int capacity;

    /** Creates the behaviour columns of {@code dir} with {@code total} slots. */
    GapHeaps(Path dir, int total, int[] start, int[] counts, int capacity) {
        this.time = DatasetArrays.Column.BEH_TIME.create(dir, total);
        this.cate = DatasetArrays.Column.BEH_CATE.create(dir, total);
        this.brand = DatasetArrays.Column.BEH_BRAND.create(dir, total);
        this.btag = DatasetArrays.Column.BEH_BTAG.create(dir, total);
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
        int result = Integer.compare(t, time.getInt(slot));
        if (result == 0) {
            result = Byte.compare(tag, btag.getByte(slot));
        }
        if (result == 0) {
            result = Integer.compare(c, cate.getInt(slot));
        }
        if (result == 0) {
            result = Integer.compare(b, brand.getInt(slot));
        }
        return result;
    }

    private boolean greater(int a, int b) {
        return compare(time.getInt(a), btag.getByte(a), cate.getInt(a), brand.getInt(a), b) > 0;
    }

    private void set(int slot, int t, byte tag, int c, int b) {
        time.putInt(slot, t);
        btag.putByte(slot, tag);
        cate.putInt(slot, c);
        brand.putInt(slot, b);
    }

    private void swap(int a, int b) {
        int t = time.getInt(a);
        byte tag = btag.getByte(a);
        int c = cate.getInt(a);
        int br = brand.getInt(a);
        set(a, time.getInt(b), btag.getByte(b), cate.getInt(b), brand.getInt(b));
        set(b, t, tag, c, br);
    }
}
