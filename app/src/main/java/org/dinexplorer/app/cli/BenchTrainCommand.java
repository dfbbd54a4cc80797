package org.dinexplorer.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.model.bench.BenchmarkResult;
import org.dinexplorer.model.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer bench train}: training throughput and memory of the bench network on synthetic batches. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Time training steps (forward, backward, Adam) of the bench network (embeddings 16, attention "
                + "80-40, MLP 200-80, PReLU) on synthetic batches; print samples/s, the time per part of a step and "
                + "resident memory over the run.")
final class BenchTrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchNetworkOptions network;

    @Option(names = "--dense-updates",
            description = "Also update every embedding row each step, as without sparse updates (for comparison).")
    private boolean denseUpdates;

    @Override
    public Integer call() {
        var settings = network.settings(spec.commandLine(), denseUpdates);
        int steps = network.steps();
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        try (StopSignal stop = StopSignal.install()) {
            BenchmarkResult result = ThroughputBenchmark.training(settings,
                    done -> progress.accept(JobProgress.of(done, steps, "training step " + done + " of " + steps)),
                    stop);
            BenchNetworkOptions.print(spec.commandLine().getOut(), "training", result);
            return ExitCodes.OK;
        } catch (CancellationException e) {
            spec.commandLine().getErr().println("Benchmark stopped.");
            return ExitCodes.CANCELLED;
        }
    }
}
