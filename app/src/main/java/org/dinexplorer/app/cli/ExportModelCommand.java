package org.dinexplorer.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.interop.ModelExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer export-model}: writes a stored model for other engines. */
@Command(name = "export-model", mixinStandardHelpOptions = true,
        description = "Export a model (run id or model file) as an ONNX inference graph (inputs named as "
                + "export-dataset's arrays, outputs ctr and, for DIN, attention) or as safetensors weights (the "
                + "network's parameter names; config, schema and data fingerprint in the metadata).")
final class ExportModelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database whose runs a run id means.")
    private Path db;

    @Option(names = "--model", required = true, paramLabel = "RUN|FILE", description = "A run id or a model file.")
    private String model;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "onnx or safetensors.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    private Path out;

    @Override
    public Integer call() {
        ModelExportService.Format chosen = ModelExportService.Format.parse(format);
        Path source = new ModelExportService().export(db, model, chosen, out);
        spec.commandLine().getOut().printf("Exported %s as %s to %s%n", source, chosen.extension(), out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
