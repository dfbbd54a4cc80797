package org.dinexplorer.app.gui.training;

import java.util.Arrays;

/** An append-only series of (x, y) points in primitive arrays: the full step-loss history of a run. */
final class GrowingSeries {

    private double[] xs = new double[1024];
    private double[] ys = new double[1024];
    private int size;

    void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    double[] xs() {
        return Arrays.copyOf(xs, size);
    }

    double[] ys() {
        return Arrays.copyOf(ys, size);
    }
}
