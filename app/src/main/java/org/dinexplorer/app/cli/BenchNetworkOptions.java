package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dinexplorer.model.bench.BenchmarkResult;
import org.dinexplorer.model.bench.BenchmarkSettings;
import org.dinexplorer.model.bench.VocabPreset;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.layers.ProductEngine;
import org.dinexplorer.model.network.NetworkRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options and output shared by {@code bench train} and {@code bench infer}: which network, how big, how long. */
final class BenchNetworkOptions {

    @Option(names = "--model", defaultValue = "din", paramLabel = "din|base|lr",
            description = "Network. Default: ${DEFAULT-VALUE}.")
    private String model;

    @Option(names = "--vocab", defaultValue = "taobao", paramLabel = "demo|taobao",
            description = "Vocabulary sizes (taobao: 1.14 M users, 847 k ads, ...). Default: ${DEFAULT-VALUE}.")
    private String vocab;

    @Option(names = "--batch", defaultValue = "1024", paramLabel = "N", description = "Batch size. Default: "
            + "${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(names = "--steps", defaultValue = "200", paramLabel = "N",
            description = "Measured steps. Default: ${DEFAULT-VALUE}.")
    private int steps;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N",
            description = "Unmeasured steps first. Default: ${DEFAULT-VALUE}.")
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

    @Option(names = "--history-context",
            description = "Keys also carry the behaviour type and time gap, as training does by default (default: "
                    + "the paper's [cate ; brand] keys).")
    private boolean historyContext;

    /** Measured steps. */
    int steps() {
        return steps;
    }

    /** Settings from the options; a bad name is a usage error that lists the allowed values. */
    BenchmarkSettings settings(CommandLine commandLine, boolean denseUpdates) {
        try {
            return new BenchmarkSettings(parse(NetworkRegistry.variants(), ModelVariant::name, model, "--model"),
                    parse(List.of(VocabPreset.values()), VocabPreset::name, vocab, "--vocab"), batchSize, steps,
                    warmup, threads, history, fullHistories, denseUpdates, historyContext);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
        }
    }

    private static <T> T parse(List<T> choices, Function<T, String> name, String value, String option) {
        for (T choice : choices) {
            if (name.apply(choice).equalsIgnoreCase(value)) {
                return choice;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + choices.stream()
                .map(c -> name.apply(c).toLowerCase(Locale.ROOT)).toList() + ", got '" + value + "'");
    }

    /** Prints the figures of one run to stdout. */
    static void print(PrintWriter out, String what, BenchmarkResult r) {
        BenchmarkSettings s = r.settings();
        out.printf(Locale.ROOT, "%s %s, vocab %s, batch %d, history %d (mean real length %.1f), %d steps, "
                        + "BLAS threads %s, products %s%s%n", s.variant(), what,
                s.vocab().name().toLowerCase(Locale.ROOT), s.batchSize(), s.historyLength(), r.meanHistoryLength(),
                s.steps(), s.threads() == 0 ? "default" : Integer.toString(s.threads()),
                ProductEngine.active().label(),
                (s.denseUpdates() ? ", dense embedding updates" : "")
                        + (s.historyContext() ? ", history context" : ""));
        out.printf(Locale.ROOT, "  %,.0f samples/s, %.1f ms per step (process CPU %.1f ms per step)%n",
                r.samplesPerSecond(), r.millisPerStep(), r.cpuMillisPerStep());
        StringBuilder phases = new StringBuilder("  ms per step:");
        for (Map.Entry<String, Double> e : r.phaseMillis().entrySet()) {
            phases.append(String.format(Locale.ROOT, " %s %.1f", e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
        }
        out.println(phases);
        out.printf(Locale.ROOT, "  peak RSS %,d MiB; RSS over the run (MiB): %s%n", r.peakResidentBytes() >> 20,
                r.residentSamples().stream().map(b -> b >> 20).toList());
        out.flush();
    }
}
