package org.dinexplorer.app.jobs;

import org.dinexplorer.storage.NotEnoughHeapException;
import java.util.Locale;

/**
 * A step that ran out of Java heap, or was refused before it started because it would not fit, told the way a user
 * can act on it: which step, how much heap it needs where that was estimated, how much the process had, and how to
 * give the app more. The CLI prints its message and exits with its own code; the GUI shows it in the error
 * dialog.
 */
public final class OutOfMemoryFailure extends RuntimeException {

    /** The environment variable the {@code din-explorer} launcher passes to {@code java}. */
    public static final String JAVA_OPTS_VARIABLE = "DIN_EXPLORER_JAVA_OPTS";
    /** What the launcher passes when {@link #JAVA_OPTS_VARIABLE} is unset (keep in step with {@code din-explorer}). */
    public static final String LAUNCHER_DEFAULT_OPTS = "-XX:MaxRAMPercentage=60";

    private static final long serialVersionUID = 1L;

    /**
     * The failure of {@code step} after {@code cause}, with the heap limit of this process.
     *
     * @param step what ran out, the CLI command, e.g. "build-dataset", or the GUI job's title
     */
    public OutOfMemoryFailure(String step, OutOfMemoryError cause) {
        super(message(step, Runtime.getRuntime().maxMemory()), cause);
    }

    /** The refusal of {@code step}, whose estimate {@code cause} did not fit the heap of this process. */
    public OutOfMemoryFailure(String step, NotEnoughHeapException cause) {
        super(String.format(Locale.ROOT, "Not enough memory for '%s': %s needs about %s of Java heap, and the heap is "
                + "limited to %s. %s Nothing was changed.", step, cause.step(), formatBytes(cause.neededBytes()),
                formatBytes(Runtime.getRuntime().maxMemory()), howToGiveMore()), cause);
    }

    /** The user-facing text for {@code step} having run out of a heap limited to {@code maxHeapBytes}. */
    static String message(String step, long maxHeapBytes) {
        return String.format(Locale.ROOT, "Out of memory in '%s': the Java heap is limited to %s. %s Stored data is as "
                + "it was before this step; an import resumes after its last committed chunk.", step,
                formatBytes(maxHeapBytes), howToGiveMore());
    }

    private static String howToGiveMore() {
        return String.format(Locale.ROOT, "Give the app more with the environment variable %s, e.g. %s=-Xmx8g "
                + "(without it the din-explorer launcher uses %s, 60 %% of the machine's RAM).", JAVA_OPTS_VARIABLE,
                JAVA_OPTS_VARIABLE, LAUNCHER_DEFAULT_OPTS);
    }

    /** Heap sizes as a person reads them: MiB below 10 GiB, GiB with one decimal above. */
    static String formatBytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib < 10 * 1024 ? String.format(Locale.ROOT, "%,.0f MiB", mib)
                : String.format(Locale.ROOT, "%.1f GiB", mib / 1024);
    }
}
