package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunRecord;
import org.jspecify.annotations.Nullable;

/** Plain-text output of the run commands. */
final class RunText {

    private RunText() {
    }

    static void printOutcome(PrintWriter out, RunOutcome o, @Nullable Path copiedModel) {
        out.printf(Locale.ROOT, "Run %d %s after %d epochs%s%n", o.runId(), o.status(), o.epochsCompleted(),
                o.message().isEmpty() ? "" : ": " + o.message());
        if (o.validation() != null) {
            out.println("  validation  " + metrics(o.validation()));
        }
        if (o.test() != null) {
            out.println("  test        " + metrics(o.test()));
        }
        if (o.keptModel() != null) {
            out.println("  kept        " + o.keptModel().description());
        }
        if (o.modelFile() != null) {
            out.println("  model file  " + o.modelFile());
        }
        if (copiedModel != null) {
            out.println("  copied to   " + copiedModel);
        }
    }

    static void printMetrics(PrintWriter out, EvaluationResult m, String split, Path modelFile) {
        out.printf(Locale.ROOT, "%s of %s%n", split, modelFile);
        out.printf(Locale.ROOT, "  AUC %s  GAUC %s  GAUC by clicks %s  logloss %s  accuracy %s  n %,d  users in "
                        + "GAUC %,d%n", format(m.auc()), format(m.gauc()), format(m.gaucClicks()), format(m.logLoss()),
                format(m.accuracy()), m.sampleCount(),
                m.usersInGauc());
    }

    static void printRuns(PrintWriter out, List<RunSummary> runs) {
        if (runs.isEmpty()) {
            out.println("No runs yet. Train one: din-explorer train --db FILE --model din");
            return;
        }
        out.printf(Locale.ROOT, "%5s %6s %-5s %-11s %6s %8s %8s %8s %8s  %s%n", "run", "parent", "model",
                "status", "epochs", "val AUC", "test AUC", "testGAUC", "GAUC clk", "name");
        for (RunSummary s : runs) {
            RunRecord r = s.run();
            out.printf(Locale.ROOT, "%5d %6s %-5s %-11s %6d %8s %8s %8s %8s  %s%n", r.runId(),
                    r.parentRunId() == null ? "-" : r.parentRunId(), r.modelVariant(), r.status(),
                    r.epochsCompleted(), s.validation() == null ? "-" : format(s.validation().auc()),
                    s.test() == null ? "-" : format(s.test().auc()), s.test() == null ? "-" : format(s.test().gauc()),
                    s.test() == null ? "-" : format(s.test().gaucClicks()), r.name());
        }
    }

    static String metrics(EvaluationPoint p) {
        return String.format(Locale.ROOT, "AUC %s  GAUC %s  GAUC by clicks %s  logloss %s  accuracy %s  n %,d "
                        + "(epoch %d, step %d)", format(p.auc()), format(p.gauc()), format(p.gaucClicks()),
                format(p.logLoss()), format(p.accuracy()), p.sampleCount(),
                p.epoch(), p.step());
    }

    static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "n/a";
    }
}
