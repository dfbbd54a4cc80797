package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import org.dinexplorer.app.jobs.OutOfMemoryFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command line with the project's exit codes and error handling, and runs it. */
public final class CliMain {

    private static final Logger LOG = LoggerFactory.getLogger(CliMain.class);

    private CliMain() {
    }

    /** Runs the CLI with {@code args} and returns the process exit code (see {@link ExitCodes}). */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the CLI writing results to {@code out} and errors and progress to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = create();
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError error) {
            // picocli passes Errors through; by now the command's frames are gone and their memory is reclaimable
            OutOfMemoryFailure failure = new OutOfMemoryFailure(commandName(commandLine), error);
            // INFO keeps the stack trace in the log file: the console shows warnings and errors, and this one is
            // the user's to fix, not a defect
            LOG.info("Command ran out of memory", failure);
            err.println(commandLine.getColorScheme().errorText("Error: " + failure.getMessage()));
            err.flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    /** The command that was running, e.g. {@code din-explorer build-dataset}. */
    private static String commandName(CommandLine commandLine) {
        ParseResult innermost = commandLine.getParseResult();
        if (innermost == null) {
            return commandLine.getCommandName();
        }
        while (innermost.subcommand() != null) {
            innermost = innermost.subcommand();
        }
        return innermost.commandSpec().qualifiedName();
    }

    /** The configured command line (exposed for tests that inspect the command tree). */
    public static CommandLine create() {
        RootCommand root = new RootCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new CliExceptionHandler(root));
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println(failed.getColorScheme().errorText(exception.getMessage()));
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }
}
