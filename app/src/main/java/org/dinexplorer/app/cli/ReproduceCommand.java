package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.training.ReproduceService;
import org.dinexplorer.app.service.training.ReproduceService.ReproduceReport;
import org.dinexplorer.storage.runs.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code din-explorer reproduce RUN}: trains a run again from its stored config, seed and data, and compares. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Train a run again from what the database holds (config, seed, data fingerprint) as a child "
                + "run and report the largest per-epoch or test metric difference.",
            "Exit 4 when the training set changed (the changed fingerprint lines are listed) or the metrics differ "
                    + "(exactly for single-threaded runs, beyond 1e-4 otherwise)."})
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run to reproduce.")
    private long runId;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The database of the run.")
    private Path db;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (StopSignal stop = StopSignal.install()) {
            ReproduceReport report = new ReproduceService(TrainingDataLoader.of(new DatasetService())).reproduce(db,
                    runId, new TrainingProgress(new CliProgress(err), err), stop);
            // printed before the stop signal is released: after Ctrl-C the JVM exits once it is
            return print(report);
        }
    }

    private int print(ReproduceReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (report.reproducedRun() == null) {
            out.printf(Locale.ROOT, "Run %d cannot be reproduced: the training set changed.%n", runId);
            report.changes().forEach(line -> out.println("  " + line));
            out.flush();
            return ExitCodes.REPRODUCE_MISMATCH;
        }
        if (report.reproducedRun().status() == RunStatus.CANCELLED) {
            return ExitCodes.CANCELLED;
        }
        out.printf(Locale.ROOT, "Run %d reproduced as run %d: %d metrics compared, largest difference %s "
                + "(tolerance %s) -> %s%n", runId, report.reproducedRun().runId(), report.comparedCount(),
                report.maxDifference(), report.tolerance(), report.matches() ? "identical" : "DIFFERENT");
        out.flush();
        return report.matches() ? ExitCodes.OK : ExitCodes.REPRODUCE_MISMATCH;
    }
}
