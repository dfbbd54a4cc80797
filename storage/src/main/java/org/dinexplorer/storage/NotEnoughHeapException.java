package org.dinexplorer.storage;

/**
 * A step refused before it started because it needs more Java heap than this process may use; nothing was read or
 * changed. It carries what the estimate covers and the bytes it needs, so the app can say how to give it more.
 */
public final class NotEnoughHeapException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String step;
    private final long neededBytes;

    private NotEnoughHeapException(String step, long neededBytes, long availableBytes) {
        super(step + " needs about " + neededBytes / (1 << 20) + " MiB of Java heap; this process may use "
                + availableBytes / (1 << 20) + " MiB.");
        this.step = step;
        this.neededBytes = neededBytes;
    }

    /**
     * Refuses a step that needs about {@code neededBytes} of heap when this process may use less.
     *
     * @param step what the estimate covers, e.g. "Building a training set of 26,557,961 impressions"
     */
    public static void check(String step, long neededBytes) {
        long available = Runtime.getRuntime().maxMemory();
        if (neededBytes > available) {
            throw new NotEnoughHeapException(step, neededBytes, available);
        }
    }

    /** What the estimate covers. */
    public String step() {
        return step;
    }

    /** The estimated heap the step needs, in bytes. */
    public long neededBytes() {
        return neededBytes;
    }
}
