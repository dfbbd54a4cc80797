package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the picocli command line with the project's exit codes and error handling, and runs it. */
public final class CliMain {

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
        return commandLine.execute(args);
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
