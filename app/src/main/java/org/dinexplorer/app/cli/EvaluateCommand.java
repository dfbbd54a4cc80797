package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.EvaluationService;
import org.dinexplorer.app.service.EvaluationService.EvaluationReport;
import org.dinexplorer.model.io.ModelFileException;
import org.dinexplorer.storage.samples.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer evaluate}: metrics of a saved model on a split of the database's training set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model (run id or model file) on a split: AUC, GAUC, log loss, accuracy, n, users "
                + "in GAUC. The model must have been trained on this training set (same fingerprint).")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--model", required = true, paramLabel = "RUN|FILE", description = "A run id or a model file.")
    private String model;

    @Option(names = "--split", defaultValue = "test", paramLabel = "NAME",
            description = "train, validation or test. Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--json", description = "Print the metrics as JSON on stdout.")
    private boolean json;

    @Override
    public Integer call() {
        EvaluationReport report;
        try (StopSignal stop = StopSignal.install()) {
            report = new EvaluationService().evaluate(db, model, parseSplit(split), stop);
        } catch (ModelFileException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.metrics(report.metrics(), report.split().id(), report.modelFile()));
        } else {
            RunText.printMetrics(out, report.metrics(), report.split().id(), report.modelFile());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Split parseSplit(String text) {
        for (Split candidate : Split.values()) {
            if (candidate.id().equals(text.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--split must be train, validation or test, got '" + text + "'");
    }
}
