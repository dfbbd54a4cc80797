package org.dinexplorer.app.cli;

/** Process exit codes of the CLI; scripts rely on them. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Bad command-line usage. */
    public static final int USAGE = 1;
    /** Bad input data (a file, a database, a model file). */
    public static final int BAD_INPUT = 2;
    /** Training failed. */
    public static final int TRAINING_FAILED = 3;
    /** A reproduced run differs from the original. */
    public static final int REPRODUCE_MISMATCH = 4;
    /** The Java heap ran out; the message says how to give the app more. */
    public static final int OUT_OF_MEMORY = 5;
    /** A defect or an environment failure; the log file holds the stack trace. */
    public static final int INTERNAL_ERROR = 70;
    /** Stopped by the user (Ctrl-C). */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
