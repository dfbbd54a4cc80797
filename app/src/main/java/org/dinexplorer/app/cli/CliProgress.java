package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.jobs.RemainingTime;

/**
 * Progress on stderr for CLI commands, at most once per second: percentage, message, elapsed time and ETA. Results go
 * to stdout; this writes nothing there.
 */
public final class CliProgress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private final RemainingTime remaining = new RemainingTime();
    private long lastPrintNanos = Long.MIN_VALUE / 2;

    /** Progress printed to {@code err}. */
    public CliProgress(PrintWriter err) {
        this.err = err;
    }

    /** Prints {@code progress} unless a line was printed less than a second ago. */
    public void accept(JobProgress progress) {
        long now = System.nanoTime();
        if (now - lastPrintNanos < INTERVAL_NANOS) {
            return;
        }
        lastPrintNanos = now;
        err.println(line(progress, Duration.ofNanos(now - startNanos), remaining.at(progress.fraction(), now)));
        err.flush();
    }

    static String line(JobProgress progress, Duration elapsed, Optional<Duration> left) {
        StringBuilder text = new StringBuilder();
        if (progress.fraction() >= 0) {
            text.append(String.format(Locale.ROOT, "[%5.1f%%] ", progress.fraction() * 100));
        }
        text.append(progress.message()).append("  elapsed ").append(JobProgress.formatDuration(elapsed));
        left.ifPresent(eta -> text.append(", ETA ").append(JobProgress.formatDuration(eta)));
        return text.toString();
    }
}
