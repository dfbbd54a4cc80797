package org.dinexplorer.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.model.bench.BenchmarkResult;
import org.dinexplorer.model.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code din-explorer bench infer}: inference throughput and memory of the bench network on synthetic batches. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Time inference passes of the bench network (embeddings 16, attention 80-40, MLP 200-80, "
                + "PReLU) on synthetic batches; print samples/s, the time per part of a pass and resident memory.")
final class BenchInferCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchNetworkOptions network;

    @Override
    public Integer call() {
        var settings = network.settings(spec.commandLine(), false);
        int steps = network.steps();
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        try (StopSignal stop = StopSignal.install()) {
            BenchmarkResult result = ThroughputBenchmark.inference(settings,
                    done -> progress.accept(JobProgress.of(done, steps, "batch " + done + " of " + steps)), stop);
            BenchNetworkOptions.print(spec.commandLine().getOut(), "inference", result);
            return ExitCodes.OK;
        } catch (CancellationException e) {
            spec.commandLine().getErr().println("Benchmark stopped.");
            return ExitCodes.CANCELLED;
        }
    }
}
