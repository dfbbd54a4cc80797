package org.dinexplorer.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.explore.AttentionReport;
import org.dinexplorer.app.service.explore.AttentionRow;
import org.dinexplorer.app.service.explore.AttentionService;
import org.dinexplorer.app.service.export.AtomicFiles;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code din-explorer attention}: attention weights of candidate ads over one user's history, and how much each
 * behaviour moves each candidate's predicted CTR.
 */
@Command(name = "attention", mixinStandardHelpOptions = true,
        description = {"Attention of candidate ads over a user's history: the context is the user's last impression "
                + "in the split; the candidates are the ads the user saw there plus --ad ids.",
            "Prints each candidate's predicted CTR; --out writes one row per (candidate, behaviour): "
                    + "adgroup_id,position,time_stamp,btag,cate,brand,weight,influence (an empty brand is NULL in "
                    + "the log).",
            "influence = predicted CTR minus the CTR with that one behaviour removed from the history (positive: "
                    + "the behaviour raised the CTR); one candidate's removals are scored in one batch.",
            "DIN weights are the raw outputs of the attention unit (no softmax, as in the DIN paper), so they "
                    + "may be negative; the baseline's are its pooling weights."})
final class AttentionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOptions options;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "Raw user id.")
    private int user;

    @Option(names = "--ad", split = ",", paramLabel = "ID", description = "Extra candidate ads (raw adgroup ids).")
    private List<Integer> extraAds = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file for the weights and influences.")
    private @Nullable Path out;

    @Override
    public Integer call() {
        AttentionReport report = new AttentionService().attention(options.db(), options.model(), user,
                options.split(), extraAds);
        if (out != null) {
            write(out, report.rows());
        }
        print(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }

    private void print(PrintWriter stdout, AttentionReport report) {
        stdout.printf(Locale.ROOT, "User %d, context impression at %d with %d behaviours (model %s)%n",
                report.userId(), report.contextTime(), report.history().size(), report.modelFile());
        stdout.printf(Locale.ROOT, "%12s %10s %10s %8s %6s %7s%n", "adgroup_id", "cate", "brand", "ctr", "shown",
                "clicked");
        for (AttentionReport.Candidate c : report.candidates()) {
            stdout.printf(Locale.ROOT, "%12d %10s %10s %8.5f %6s %7s%n", c.adgroupId(), raw(c.cate(), "NULL"),
                    raw(c.brand(), "NULL"), c.predictedCtr(), c.shown() ? "yes" : "no", c.clicked() ? "yes" : "no");
        }
        if (out != null) {
            stdout.printf(Locale.ROOT, "Wrote %,d weights and influences to %s%n", report.rows().size(), out);
        }
        stdout.flush();
    }

    /** A raw id as text; the missing marker (SQL NULL in the logs) becomes {@code missing}. */
    private static String raw(int value, String missing) {
        return value == Vocabulary.MISSING ? missing : Integer.toString(value);
    }

    static void write(Path file, List<AttentionRow> rows) {
        AtomicFiles.write(file, stream -> {
            try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                csv.writeRecord("adgroup_id", "position", "time_stamp", "btag", "cate", "brand", "weight",
                        "influence");
                for (AttentionRow r : rows) {
                    csv.writeRecord(Integer.toString(r.adgroupId()), Integer.toString(r.position()),
                            Long.toString(r.timeStamp()), r.btag(), raw(r.cate(), ""), raw(r.brand(), ""),
                            Float.toString(r.weight()), Float.toString(r.influence()));
                }
            }
        });
    }
}
