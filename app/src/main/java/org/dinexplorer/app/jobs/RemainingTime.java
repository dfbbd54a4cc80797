package org.dinexplorer.app.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * The time a job still needs, from the progress it made since this clock first saw it. A resumed job (a training run
 * continued from its checkpoint, an import continued after its last committed chunk) starts at a fraction above zero;
 * counting that earlier work as done in this process's time would promise the rest far too soon (a run resumed at
 * 15 % showed an ETA of 3 minutes for an hour of work). Thread-safe.
 */
public final class RemainingTime {

    /** Progress needed, as a fraction of the whole job, before a rate is trusted. */
    private static final double LEAST_PROGRESS = 0.001;

    private double firstFraction = Double.NaN;
    private long firstNanos;

    /**
     * The estimated time left at {@code fraction} done and time {@code nowNanos} ({@link System#nanoTime()}); empty
     * while the fraction is unknown, complete, or too little has been done since the first call to tell.
     */
    public synchronized Optional<Duration> at(double fraction, long nowNanos) {
        if (fraction < 0) {
            return Optional.empty();
        }
        if (Double.isNaN(firstFraction)) {
            firstFraction = fraction;
            firstNanos = nowNanos;
        }
        double done = fraction - firstFraction;
        if (done < LEAST_PROGRESS || fraction >= 1) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) ((nowNanos - firstNanos) * ((1 - fraction) / done))));
    }
}
