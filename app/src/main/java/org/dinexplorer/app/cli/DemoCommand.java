package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.PipelineService;
import org.dinexplorer.app.service.PipelineService.DemoResult;
import org.dinexplorer.app.service.PipelineService.DemoSettings;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.storage.runs.RunStatus;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code din-explorer demo --headless}: the whole pipeline on generated data, DIN against the baseline. */
@Command(name = "demo", mixinStandardHelpOptions = true, defaultValueProvider = ConfigDefaults.class,
        description = {"Run the whole pipeline headless: generate demo data, import it into a fresh database, build "
                + "the training set, train DIN and the Embedding&MLP baseline with the same budget, and print both "
                + "test metrics.",
            "The folder's demo.db and data/ are replaced."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--headless", description = "Run in the terminal (the only mode of this command).")
    private boolean headless;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder (default: the data directory's "
            + "demo/pipeline).")
    private @Nullable Path dir;

    @Option(names = "--preset", defaultValue = "mini", paramLabel = "NAME", description = "Generator preset: "
            + "tiny, mini, small or medium. Default: ${DEFAULT-VALUE}.")
    private String preset;

    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs per "
            + "model (each run keeps its best validation evaluation and may stop early). Default: ${DEFAULT-VALUE}, "
            + "as train.")
    private int epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size. Default: "
            + "${DEFAULT-VALUE}, as train.")
    private int batch;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of data and runs. "
            + "Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "BLAS threads (0 = library default). "
            + "Default: ${DEFAULT-VALUE}.")
    private int threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir != null ? dir : root.paths().demoDirectory().resolve("pipeline");
        try (StopSignal stop = StopSignal.install()) {
            CliProgress progress = new CliProgress(err);
            DemoResult result = new PipelineService().run(new DemoSettings(folder, preset, seed, epochs, batch,
                    threads), progress::accept, new TrainingProgress(new CliProgress(err), err), stop);
            // printed before the stop signal is released: after Ctrl-C the JVM exits once it is
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Demo database %s%n", result.database());
            print(out, "DIN", result.din());
            print(out, "Embedding&MLP", result.base());
            out.flush();
            if (result.din().status() == RunStatus.CANCELLED || result.base().status() == RunStatus.CANCELLED) {
                return ExitCodes.CANCELLED;
            }
            boolean ok = result.din().status() == RunStatus.COMPLETED
                    && result.base().status() == RunStatus.COMPLETED;
            return ok ? ExitCodes.OK : ExitCodes.TRAINING_FAILED;
        }
    }

    private static void print(PrintWriter out, String label, RunOutcome outcome) {
        out.printf(Locale.ROOT, "%-14s run %d %s%s%n", label, outcome.runId(), outcome.status(),
                outcome.test() == null ? "" : "  test " + RunText.metrics(outcome.test()));
    }
}
