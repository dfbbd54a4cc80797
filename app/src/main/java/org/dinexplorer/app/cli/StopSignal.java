package org.dinexplorer.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C for long CLI commands: a shutdown hook sets the stop flag, then gives the command up to
 * {@value #GRACE_SECONDS} seconds to reach a safe point and leave consistent state before the JVM exits.
 * Use in try-with-resources around the work; {@link #close()} tells the hook the work is over.
 */
public final class StopSignal implements AutoCloseable, BooleanSupplier {

    private static final int GRACE_SECONDS = 30;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal() {
        hook = new Thread(() -> {
            requested.set(true);
            System.err.println("Stopping at the next safe point (Ctrl-C again to force)…");
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "din-explorer-stop");
    }

    /** Installs the shutdown hook. */
    public static StopSignal install() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** True once Ctrl-C (or SIGTERM) was received. */
    @Override
    public boolean getAsBoolean() {
        return requested.get();
    }

    @Override
    public void close() {
        finished.countDown();
        if (!requested.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownInProgress) {
                // the JVM is already exiting; the hook has been released by the countdown above
            }
        }
    }
}
