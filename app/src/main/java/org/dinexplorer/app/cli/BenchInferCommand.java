package org.dinexplorer.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.model.bench.BenchmarkResult;
import org.dinexplorer.model.bench.BenchmarkSettings;
import org.dinexplorer.model.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer bench infer}: inference throughput and memory of the bench network on synthetic batches. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Time inference passes of the bench network (embeddings 16, attention 80-40, MLP 200-80, "
                + "PReLU) on synthetic batches; print samples/s, the time per part of a pass and resident memory.")
final class BenchInferCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", defaultValue = "din", paramLabel = "din|base|lr",
            description = "Network. Default: ${DEFAULT-VALUE}.")
    private String model;

    @Option(names = "--vocab", defaultValue = "taobao", paramLabel = "demo|taobao",
            description = "Vocabulary sizes. Default: ${DEFAULT-VALUE}.")
    private String vocab;

    @Option(names = "--batch", defaultValue = "1024", paramLabel = "N", description = "Batch size. Default: "
            + "${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(names = "--steps", defaultValue = "200", paramLabel = "N",
            description = "Measured batches. Default: ${DEFAULT-VALUE}.")
    private int steps;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N",
            description = "Unmeasured batches first. Default: ${DEFAULT-VALUE}.")
    private int warmup;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "T",
            description = "BLAS threads (0: library default). Default: ${DEFAULT-VALUE}.")
    private int threads;

    @Option(names = "--history", defaultValue = "50", paramLabel = "L",
            description = "History length. Default: ${DEFAULT-VALUE}.")
    private int history;

    @Option(names = "--full-histories",
            description = "Every sample has L behaviours (default: lengths uniform in 0..L).")
    private boolean fullHistories;

    @Override
    public Integer call() {
        BenchmarkSettings settings = BenchTrainCommand.settings(spec.commandLine(), model, vocab, batchSize, steps,
                warmup, threads, history, fullHistories, false);
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        try (StopSignal stop = StopSignal.install()) {
            BenchmarkResult result = ThroughputBenchmark.inference(settings,
                    done -> progress.accept(JobProgress.of(done, steps, "batch " + done + " of " + steps)), stop);
            BenchTrainCommand.print(spec.commandLine().getOut(), "inference", result);
            return ExitCodes.OK;
        } catch (CancellationException e) {
            spec.commandLine().getErr().println("Benchmark stopped.");
            return ExitCodes.CANCELLED;
        }
    }
}
