package org.dinexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Central finite differences against analytic gradients. The networks compute in single precision, so the step is
 * 3e-3 and a gradient passes when it is within 3e-4 + 3 % of the numeric one; losses are summed in double. Where
 * the left and right one-sided differences disagree, the step crossed a kink of PReLU (a point without derivative);
 * such values are counted in {@link #kinks()} and not compared.
 */
public final class GradientCheck {

    private static final float STEP = 3e-3f;

    private final List<String> mismatches = new ArrayList<>();
    private int checked;
    private int kinks;

    /** Compares {@code analytic} with the numeric derivative of {@code loss} w.r.t. {@code values[index]}. */
    public void check(String what, float[] values, int index, double analytic, DoubleSupplier loss) {
        float original = values[index];
        values[index] = original + STEP;
        double up = loss.getAsDouble();
        values[index] = original - STEP;
        double down = loss.getAsDouble();
        values[index] = original;
        double base = loss.getAsDouble();
        double numeric = (up - down) / (2.0 * STEP);
        checked++;
        double left = (base - down) / STEP;
        double right = (up - base) / STEP;
        if (!close(left, right)) {
            kinks++;
            return;
        }
        if (Math.abs(numeric - analytic) > 3e-4 + 0.03 * Math.max(Math.abs(numeric), Math.abs(analytic))) {
            mismatches.add(what + "[" + index + "]: analytic " + analytic + ", numeric " + numeric);
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 3e-4 + 0.03 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Values skipped because the step crossed a kink. */
    public int kinks() {
        return kinks;
    }

    /** Values compared so far. */
    public int checked() {
        return checked;
    }

    /** Descriptions of the values whose gradients disagreed. */
    public List<String> mismatches() {
        return mismatches;
    }
}
