package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.interop.ModelImportService;
import org.dinexplorer.app.service.interop.ModelImportService.ImportedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer import-model}: stores weights trained elsewhere as a run of the database. */
@Command(name = "import-model", mixinStandardHelpOptions = true,
        description = "Store a safetensors weights file (from export-model or interop/pytorch/train_ddp.py) as a "
                + "completed run, evaluated on the validation and test splits. The weights must fit this database's "
                + "training set (same fingerprint and shapes).")
final class ImportModelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The .safetensors weights file.")
    private Path file;

    @Option(names = "--name", paramLabel = "TEXT", description = "Display name of the run (default: from the file).")
    private String name;

    @Option(names = "--json", description = "Print the new run id and its metrics as JSON on stdout.")
    private boolean json;

    @Override
    public Integer call() {
        ImportedRun run;
        try (StopSignal stop = StopSignal.install()) {
            run = new ModelImportService().importWeights(db, file, name, stop);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.imported(run.runId(), run.modelFile(), run.validation(), run.test()));
        } else {
            out.printf("Run %d imported from %s%n", run.runId(), file);
            if (run.test() != null) {
                out.println("  test " + RunText.metrics(run.test()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
