package org.dinexplorer.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.PredictionService;
import org.dinexplorer.model.io.ModelFileException;
import picocli.CommandLine.Command;
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

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--model", required = true, paramLabel = "RUN|FILE", description = "A run id or a model file.")
    private String model;

    @Option(names = "--split", defaultValue = "test", paramLabel = "NAME",
            description = "train, validation or test. Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    private Path out;

    @Override
    public Integer call() {
        long count;
        try (StopSignal stop = StopSignal.install()) {
            count = new PredictionService().predict(db, model, EvaluateCommand.parseSplit(split), out, stop);
        } catch (ModelFileException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Wrote %,d predictions to %s%n", count, out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
