package org.dinexplorer.model.layers;

/** Growth rule for the reusable work arrays of the layers: grow to the need plus a margin, never shrink. */
public final class Buffers {

    private Buffers() {
    }

    /** {@code current} if it holds at least {@code size} values, else a new, larger array (contents not kept). */
    public static float[] ensure(float[] current, int size) {
        if (current.length >= size) {
            return current;
        }
        return new float[size + size / 8];
    }

    /** Integer variant of {@link #ensure(float[], int)}. */
    public static int[] ensure(int[] current, int size) {
        if (current.length >= size) {
            return current;
        }
        return new int[size + size / 8];
    }
}
