package org.dinexplorer.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.runs.PredictionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer predict}: writes a model's click probabilities for every impression of a split. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Write the click probability of every impression of a split as CSV: "
                + "user,time_stamp,adgroup_id,label,score (the split's stable order; scores round-trip exactly).")
final class PredictCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    private Path out;

    @Override
    public Integer call() {
        long count;
        try (StopSignal stop = StopSignal.install()) {
            count = new PredictionService().predict(options.db(), options.model(), options.split(), out, stop);
        }
        spec.commandLine().getOut().printf("Wrote %,d predictions to %s%n", count, out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
