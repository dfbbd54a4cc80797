package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.runs.RunService;
import org.dinexplorer.app.service.runs.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code din-explorer runs}: lists the stored training runs of a database with their latest metrics. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the training runs of a database, newest first: status (a run whose process died shows "
                + "INTERRUPTED), epochs, latest validation AUC and test AUC/GAUC.")
final class RunsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Mixin
    private DefaultDatabaseOption db;

    @Option(names = "--json", description = "Print the runs as a JSON array.")
    private boolean json;

    @Override
    public Integer call() {
        Path database = db.resolve(root);
        List<RunSummary> runs = new RunService().list(database);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.runs(runs));
        } else {
            RunText.printRuns(out, runs);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
