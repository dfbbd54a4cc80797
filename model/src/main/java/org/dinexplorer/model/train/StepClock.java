package org.dinexplorer.model.train;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Throughput and time left within one stretch of an epoch. The first step pays for warm-up (JIT compilation, first
 * native allocations, cold caches) and can take many times longer than the rest, so once a second step is done the
 * rate is measured from the end of the first; the time left is only estimated after {@link #STEPS_BEFORE_ETA}
 * steps. Time spent in evaluations is excluded.
 */
final class StepClock {

    /** Steps of a stretch before it gives an estimate of the time left. */
    static final int STEPS_BEFORE_ETA = 3;

    private final LongSupplier nanoTime;
    private final long startNanos;
    private long excludedNanos;
    private long steps;
    private long samples;
    private long warmStartNanos;
    private long warmExcludedNanos;
    private long warmSamples;

    StepClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    /** Counts a finished training step of {@code batchSize} samples. */
    void stepDone(int batchSize) {
        steps++;
        samples += batchSize;
        if (steps == 1) {
            warmStartNanos = nanoTime.getAsLong();
            warmExcludedNanos = excludedNanos;
            warmSamples = samples;
        }
    }

    /** Runs {@code work} (an evaluation), leaves its time out of the training time and returns its result. */
    <T> T leaveOut(Supplier<T> work) {
        long start = nanoTime.getAsLong();
        T result = work.get();
        excludedNanos += nanoTime.getAsLong() - start;
        return result;
    }

    /** Runs {@code work} (a checkpoint) and leaves its time out of the training time. */
    void leaveOut(Runnable work) {
        leaveOut(() -> {
            work.run();
            return null;
        });
    }

    /** Samples of the steps done in this stretch. */
    long samples() {
        return samples;
    }

    /** Training samples per second: from the second step on, without the first step's warm-up. */
    double samplesPerSecond() {
        if (steps < 2) {
            return samples / Math.max(seconds(startNanos, 0), 1e-9);
        }
        return (samples - warmSamples) / Math.max(seconds(warmStartNanos, warmExcludedNanos), 1e-9);
    }

    /** Seconds for {@code stepsLeft} more steps of {@code batchSize} samples, or NaN while too few steps are done. */
    double etaSeconds(long stepsLeft, int batchSize) {
        if (steps < STEPS_BEFORE_ETA) {
            return Double.NaN;
        }
        return Math.max(0, stepsLeft) * (double) batchSize / samplesPerSecond();
    }

    /** Training seconds since the start of the stretch, evaluations excluded. */
    double trainingSeconds() {
        return seconds(startNanos, 0);
    }

    private double seconds(long fromNanos, long excludedBefore) {
        return (nanoTime.getAsLong() - fromNanos - (excludedNanos - excludedBefore)) / 1e9;
    }
}
