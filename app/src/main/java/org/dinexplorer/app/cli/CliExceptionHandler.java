package org.dinexplorer.app.cli;

import java.util.concurrent.CancellationException;
import org.dinexplorer.app.jobs.OutOfMemoryFailure;
import org.dinexplorer.model.io.ModelFileException;
import org.dinexplorer.model.train.TrainingException;
import org.dinexplorer.storage.NotEnoughHeapException;
import org.dinexplorer.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on stderr (plus the cause chain with {@code --verbose})
 * and the matching exit code. The stack trace goes to the log file once.
 */
final class CliExceptionHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliExceptionHandler.class);

    private final RootCommand root;

    CliExceptionHandler(RootCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (exception instanceof CancellationException) {
            err.println("Cancelled.");
            return ExitCodes.CANCELLED;
        }
        int code = exitCodeOf(exception);
        String message = exception instanceof NotEnoughHeapException refused
                ? new OutOfMemoryFailure(commandLine.getCommandSpec().qualifiedName(), refused).getMessage()
                : messageOf(exception);
        if (code == ExitCodes.INTERNAL_ERROR) {
            LOG.error("Command failed unexpectedly", exception);
            message = "unexpected " + exception.getClass().getSimpleName() + ": " + message
                    + " (details in the log under " + System.getProperty("din.logDir", "the data directory") + ")";
        } else {
            LOG.debug("Command failed", exception);
        }
        err.println(commandLine.getColorScheme().errorText("Error: " + message));
        if (root.verbose()) {
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                err.println("  caused by: " + cause);
            }
        }
        return code;
    }

    static int exitCodeOf(Throwable exception) {
        if (exception instanceof CliFailure failure) {
            return failure.exitCode();
        }
        if (exception instanceof NotEnoughHeapException) {
            return ExitCodes.OUT_OF_MEMORY;
        }
        if (exception instanceof StorageException || exception instanceof ModelFileException) {
            return ExitCodes.BAD_INPUT;
        }
        if (exception instanceof TrainingException) {
            return ExitCodes.TRAINING_FAILED;
        }
        if (exception instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String messageOf(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }
}
