package org.dinexplorer.model.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.BlasThreads;
import org.dinexplorer.model.network.Network;
import org.dinexplorer.model.network.NetworkRegistry;
import org.dinexplorer.model.network.Phase;
import org.dinexplorer.model.optimizer.AdamStep;
import org.dinexplorer.model.train.ParameterUpdater;

/**
 * Measures training and inference throughput of the bench network on synthetic batches. A pool of 8 distinct batches
 * is generated first (not timed) and cycled through; resident memory is sampled 20 times over the measured steps.
 */
public final class ThroughputBenchmark {

    private static final int POOL = 8;
    private static final int RSS_SAMPLES = 20;

    private ThroughputBenchmark() {
    }

    /**
     * The bench network's settings for {@code settings}' variant and batch size: keys [cate ; brand] as in the DIN
     * paper, or with the history context when the settings ask for it.
     */
    public static DinConfig benchConfig(BenchmarkSettings settings) {
        return DinConfig.defaults(settings.variant()).withNetwork(16, List.of(80, 40), List.of(200, 80),
                ActivationKind.PRELU).withHistoryContext(settings.historyContext()).withBatchSize(settings.batchSize())
                .withThreads(settings.threads());
    }

    /**
     * Runs training steps (forward, backward, Adam) and reports their throughput.
     *
     * @param progress      receives the number of measured steps done, after each step
     * @param stopRequested checked after each step
     * @throws CancellationException when a stop was requested
     */
    public static BenchmarkResult training(BenchmarkSettings settings, LongConsumer progress,
                                           BooleanSupplier stopRequested) {
        return run(settings, true, progress, stopRequested);
    }

    /** Runs inference passes (forward only, no gradients) and reports their throughput. */
    public static BenchmarkResult inference(BenchmarkSettings settings, LongConsumer progress,
                                            BooleanSupplier stopRequested) {
        return run(settings, false, progress, stopRequested);
    }

    private static BenchmarkResult run(BenchmarkSettings settings, boolean training, LongConsumer progress,
                                       BooleanSupplier stopRequested) {
        BlasThreads.set(settings.threads());
        FeatureSchema schema = SyntheticBatches.schema(settings.vocab(), settings.historyLength());
        DinConfig config = benchConfig(settings);
        Network network = NetworkRegistry.create(config, schema, 1);
        ParameterUpdater optimizer = ParameterUpdater.adam(config.optimizer(), 0);
        List<Batch> pool = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2);
        double lengthSum = 0;
        for (int i = 0; i < POOL; i++) {
            Batch b = SyntheticBatches.random(schema, settings.batchSize(), random, settings.fullHistories());
            pool.add(b);
            for (int len : b.historyLengths()) {
                lengthSum += len;
            }
        }
        for (int i = 0; i < settings.warmupSteps(); i++) {
            step(network, optimizer, pool.get(i % POOL), training, settings.denseUpdates(), config);
        }
        long[] before = phases(network);
        long optimizerNanos = 0;
        List<Long> rss = new ArrayList<>();
        int every = Math.max(1, settings.steps() / RSS_SAMPLES);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < settings.steps(); i++) {
            optimizerNanos += step(network, optimizer, pool.get(i % POOL), training, settings.denseUpdates(), config);
            if (i % every == 0 || i == settings.steps() - 1) {
                rss.add(MemoryProbe.residentBytes());
            }
            progress.accept(i + 1L);
            if (stopRequested.getAsBoolean()) {
                throw new CancellationException("benchmark stopped after " + (i + 1) + " steps");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuNanos = processCpuNanos() - cpuStart;
        Map<String, Double> phaseMillis = phaseMillis(network, before, settings.steps());
        if (training) {
            phaseMillis.put("OPTIMIZER", optimizerNanos / 1e6 / settings.steps());
        }
        return new BenchmarkResult(settings, settings.steps() * (double) settings.batchSize() / seconds,
                seconds * 1000 / settings.steps(), MemoryProbe.peakResidentBytes(), rss, phaseMillis,
                lengthSum / (POOL * (double) settings.batchSize()),
                cpuStart < 0 ? -1 : cpuNanos / 1e6 / settings.steps());
    }

    /** CPU time of the whole process in nanoseconds, or -1 where the JVM does not report it. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** One step; returns the nanoseconds spent in the optimizer. */
    private static long step(Network network, ParameterUpdater optimizer, Batch batch, boolean training,
                             boolean denseUpdates, DinConfig config) {
        network.forward(batch, training);
        if (!training) {
            return 0;
        }
        network.backward(batch);
        long t = System.nanoTime();
        if (denseUpdates) {
            for (SparseEmbeddingTable table : network.tables()) {
                OptimizerConfig adam = config.optimizer();
                table.applyDense(new AdamStep((float) adam.learningRate(), (float) adam.beta1(), (float) adam.beta2(),
                        (float) adam.adamEpsilon()));
            }
        }
        optimizer.apply(network, batch.size());
        return System.nanoTime() - t;
    }

    private static long[] phases(Network network) {
        long[] nanos = new long[Phase.values().length];
        for (Phase p : Phase.values()) {
            nanos[p.ordinal()] = network.phaseNanos(p);
        }
        return nanos;
    }

    private static Map<String, Double> phaseMillis(Network network, long[] before, int steps) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            double ms = (network.phaseNanos(p) - before[p.ordinal()]) / 1e6 / steps;
            if (ms > 0) {
                out.put(p.name(), ms);
            }
        }
        return out;
    }
}
