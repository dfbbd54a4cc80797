package org.dinexplorer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.storage.samples.DatasetConfig;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.dinexplorer.storage.samples.Split;
import org.dinexplorer.storage.samples.SplitStats;
import org.dinexplorer.storage.samples.ValidationMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer build-dataset}: builds the training set of a database and prints its summary. */
@Command(name = "build-dataset", mixinStandardHelpOptions = true,
        description = {"Build the training set: split impressions by Asia/Shanghai day, attach each impression's "
                + "last behaviours strictly before it, build vocabularies from the training split, and fingerprint "
                + "the result.", "Rebuilding with the same data and options gives the same fingerprint."})
final class BuildDatasetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The database with imported logs.")
    private Path db;

    @Option(names = "--history", defaultValue = "50", paramLabel = "N",
            description = "Behaviours per history (1..1000). Default: ${DEFAULT-VALUE}.")
    private int history;

    @Option(names = "--test-day", paramLabel = "YYYY-MM-DD",
            description = "Test day (Asia/Shanghai). Default: the last impression day; earlier days train.")
    private @Nullable LocalDate testDay;

    @Option(names = "--min-count", defaultValue = "1", paramLabel = "K",
            description = "Values seen fewer than K times in training map to 'unknown'. Default: ${DEFAULT-VALUE}.")
    private int minCount;

    @Option(names = "--validation", defaultValue = "last-day", paramLabel = "MODE",
            description = "none, last-day (the last training day, when another day is left to train on) or users (a "
                    + "seeded share of users). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String validation;

    @Option(names = "--validation-share", defaultValue = "0.1", paramLabel = "SHARE",
            description = "Share of users for --validation users, between 0 and 1. Default: ${DEFAULT-VALUE}.")
    private double validationShare;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the user draw for --validation users. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--readers", paramLabel = "N",
            description = "Parallel readers of the behaviour table, 1..16 (same result, faster on spare cores). "
                    + "Default: one per core beyond the first, at most 4.")
    private @Nullable Integer readers;

    @Option(names = "--json", description = "Print the summary as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        DatasetConfig config = new DatasetConfig(history, testDay, minCount, validationMode(), validationShare, seed);
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        DatasetSummary summary;
        try (StopSignal stop = StopSignal.install()) {
            int readerCount = readers == null ? DatasetService.defaultReaderCount() : readers;
            summary = new DatasetService().build(db, config, readerCount, progress::accept, stop);
        }
        boolean noValidationDay = summary.split(Split.VALIDATION).sampleCount() == 0;
        if (config.validation() == ValidationMode.LAST_TRAIN_DAY && noValidationDay) {
            spec.commandLine().getErr().println("Note: only one day lies before the test day, so there is no "
                    + "validation split; training will keep the last step's model and cannot stop early.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(summary));
        } else {
            printSummary(out, summary);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private ValidationMode validationMode() {
        return switch (validation.toLowerCase(Locale.ROOT)) {
            case "none" -> ValidationMode.NONE;
            case "last-day" -> ValidationMode.LAST_TRAIN_DAY;
            case "users" -> ValidationMode.USER_SHARE;
            default -> throw new CliFailure(ExitCodes.USAGE, "--validation must be none, last-day or users, got '"
                    + validation + "'");
        };
    }

    static void printSummary(PrintWriter out, DatasetSummary s) {
        out.printf(Locale.ROOT, "Built training set in %.1f s (history %d, min-count %d, test day %s)%n",
                s.buildMillis() / 1000.0, s.config().historyLength(), s.config().minCount(), s.testDay());
        for (Split split : Split.values()) {
            SplitStats stats = s.split(split);
            String days = stats.firstDay() == null ? "-" : stats.firstDay() + " .. " + stats.lastDay();
            out.printf(Locale.ROOT, "  %-10s %,12d samples  CTR %6.3f %%  %,10d users  %s%n", split.id(),
                    stats.sampleCount(), 100 * stats.ctr(), stats.userCount(), days);
        }
        out.printf(Locale.ROOT, "  users %,d, ads %,d, behaviours read %,d, kept for histories %,d%n",
                s.userCount(), s.adCount(), s.behaviorCount(), s.keptBehaviorCount());
        out.println("  vocabulary sizes (incl. padding and unknown):");
        s.vocabularySizes().forEach((table, size) -> out.printf(Locale.ROOT, "    %-22s %,10d%n", table, size));
        out.printf(Locale.ROOT, "  price: log1p, mean %.4f, std %.4f%n", s.priceMean(), s.priceStd());
        out.println("Fingerprint: " + s.fingerprint());
    }

    static String toJson(DatasetSummary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("fingerprint", s.fingerprint());
        root.put("historyLength", s.config().historyLength());
        root.put("minCount", s.config().minCount());
        root.put("testDay", s.testDay().toString());
        root.put("validation", s.config().validation().name());
        Map<String, Object> splits = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            SplitStats stats = s.split(split);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("samples", stats.sampleCount());
            entry.put("clicks", stats.clickCount());
            entry.put("ctr", stats.ctr());
            entry.put("users", stats.userCount());
            entry.put("firstDay", stats.firstDay() == null ? null : stats.firstDay().toString());
            entry.put("lastDay", stats.lastDay() == null ? null : stats.lastDay().toString());
            splits.put(split.id(), entry);
        }
        root.put("splits", splits);
        root.put("users", s.userCount());
        root.put("ads", s.adCount());
        root.put("behaviorsRead", s.behaviorCount());
        root.put("behaviorsKept", s.keptBehaviorCount());
        root.put("vocabularySizes", s.vocabularySizes());
        root.put("priceMean", s.priceMean());
        root.put("priceStd", s.priceStd());
        root.put("buildMillis", s.buildMillis());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the summary as JSON", e);
        }
    }
}
