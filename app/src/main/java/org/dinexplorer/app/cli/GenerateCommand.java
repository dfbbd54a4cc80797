package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.imports.DemoDataService;
import org.dinexplorer.storage.demo.GeneratedFile;
import org.dinexplorer.storage.demo.GenerationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer generate}: writes a synthetic demo dataset in the Taobao format and prints a summary. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write synthetic Taobao display-ad logs (raw_sample, ad_feature, user_profile, behavior_log) "
                + "with a planted click model, plus truth.csv (true click probabilities), README.txt and preset.json.",
            "The same preset and seed always give byte-identical files."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    private Path out;

    @Option(names = "--preset", defaultValue = "tiny", paramLabel = "NAME",
            description = "tiny (~2 k users), mini (~8 k users), small (~20 k users, 300 k impressions), medium "
                    + "(~100 k users, 2.6 M impressions, 25 M behaviours) or taobao (the public dataset's size: 1.14 M "
                    + "users, 26.6 M impressions, 723 M behaviours, about 23 GB of CSV). Default: ${DEFAULT-VALUE}.")
    private String preset;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "F",
            description = "Share of the preset to generate, 0 < F <= 1: scales row counts and the numbers and id "
                    + "ranges of users, ads, categories, brands, campaigns and customers. Default: ${DEFAULT-VALUE}.")
    private double scale;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Master seed. Default: "
            + "${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--dirty", description = "Inject bad rows of every kind and list them in dirty-manifest.csv.")
    private boolean dirty;

    @Option(names = "--gzip", description = "Gzip the data files (names end in .csv.gz).")
    private boolean gzip;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CliProgress progress = new CliProgress(err);
        GenerationReport report;
        try (StopSignal stop = StopSignal.install()) {
            report = new DemoDataService().generate(out, preset, scale, seed, dirty, gzip, progress::accept, stop);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
        }
        printSummary(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }

    static void printSummary(PrintWriter out, GenerationReport r) {
        String scale = r.scale() == 1 ? ""
                : "scale " + BigDecimal.valueOf(r.scale()).stripTrailingZeros().toPlainString() + ", ";
        out.printf(Locale.ROOT, "Generated %s demo data (%sseed %d%s) in %s in %.1f s%n", r.preset().cliName(),
                scale, r.seed(), r.dirty() ? ", with bad rows" : "", r.outputDir(), r.elapsedMillis() / 1000.0);
        out.printf(Locale.ROOT, "  users        %,12d (%,d with a profile)%n", r.userCount(), r.profileCount());
        out.printf(Locale.ROOT, "  ads          %,12d%n", r.adCount());
        out.printf(Locale.ROOT, "  impressions  %,12d (CTR %.2f %%)%n", r.impressionCount(), 100 * r.ctr());
        out.printf(Locale.ROOT, "  behaviours   %,12d%n", r.behaviorCount());
        if (r.dirty()) {
            out.printf(Locale.ROOT, "  bad rows     %,12d (listed in dirty-manifest.csv)%n", r.dirtyRowCount());
        }
        out.println("Files:");
        for (GeneratedFile file : r.files()) {
            out.printf(Locale.ROOT, "  %-22s %,12d rows %,14d bytes%n", file.name(), file.rowCount(),
                    file.sizeBytes());
        }
        out.flush();
    }
}
