package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.runs.EvaluationService;
import org.dinexplorer.app.service.runs.EvaluationService.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private ModelOptions options;

    @Option(names = "--json", description = "Print the metrics as JSON on stdout.")
    private boolean json;

    @Override
    public Integer call() {
        EvaluationReport report;
        try (StopSignal stop = StopSignal.install()) {
            report = new EvaluationService().evaluate(options.db(), options.model(), options.split(), stop);
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
}
