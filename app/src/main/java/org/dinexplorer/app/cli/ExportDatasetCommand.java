package org.dinexplorer.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.interop.DatasetExportService;
import org.dinexplorer.storage.samples.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer export-dataset}: the training set as NumPy arrays for other trainers. */
@Command(name = "export-dataset", mixinStandardHelpOptions = true,
        description = "Write the training set as .npy arrays per split (one per model input, label, raw keys user, "
                + "time_stamp, adgroup_id), the vocabularies as CSV and manifest.json. Streams; memory stays flat.")
final class ExportDatasetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path out;

    @Option(names = "--split", defaultValue = "train,validation,test", paramLabel = "NAMES", split = ",",
            description = "Splits to export. Default: ${DEFAULT-VALUE}.")
    private String[] splits;

    @Override
    public Integer call() {
        List<Split> chosen = Arrays.stream(splits).map(ModelOptions::parseSplit).distinct().toList();
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        Map<Split, Integer> counts;
        try (StopSignal stop = StopSignal.install()) {
            counts = new DatasetExportService().export(db, out, chosen, progress::accept, stop);
        }
        counts.forEach((split, n) -> spec.commandLine().getOut().printf("%s: %,d samples in %s%n", split.id(), n,
                out.resolve(split.id())));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
