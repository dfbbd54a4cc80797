package org.dinexplorer.app.cli;

/** A failure a command reports with a chosen exit code and a one-line, user-facing message. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** Creates a failure with the exit code to return (see {@link ExitCodes}). */
    public CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Creates a failure without a cause. */
    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The exit code the process should end with. */
    public int exitCode() {
        return exitCode;
    }
}
