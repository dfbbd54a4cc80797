package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.app.service.export.CsvExport;
import org.dinexplorer.app.service.export.SvgChartWriter;
import org.dinexplorer.app.service.runs.RunCurveCharts;
import org.dinexplorer.app.service.runs.RunService;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunCurves;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code din-explorer curves}: the Runs page's overlay charts of stored runs, written as SVG and CSV files. */
@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Write the curves of stored runs, overlaid by step, as SVG charts and CSV tables: "
                + "loss.svg/.csv (training loss) and auc, gauc, gauc_clicks and logloss on the chosen split.")
final class CurvesCommand implements Callable<Integer> {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Mixin
    private DefaultDatabaseOption db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created if "
            + "missing; files of the same name are replaced).")
    private Path out;

    @Option(names = "--split", defaultValue = "validation", paramLabel = "validation|test",
            description = "Split of the evaluation curves. Default: ${DEFAULT-VALUE}.")
    private String split;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run ids, as listed by 'runs'.")
    private List<Long> runIds;

    @Override
    public Integer call() throws Exception {
        if (!split.equals("validation") && !split.equals("test")) {
            throw new CliFailure(ExitCodes.USAGE, "--split must be validation or test, got '" + split + "'");
        }
        Path database = db.resolve(root);
        RunService runs = new RunService();
        Map<String, RunCurves> curves = new LinkedHashMap<>();
        for (long id : runIds) {
            RunSummary run = runs.find(database, id).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                    "No run " + id + " in " + database + "; 'runs --db " + database + "' lists them."));
            curves.put("#" + id + " " + run.run().name(), runs.curves(database, id));
        }
        Files.createDirectories(out);
        PrintWriter stdout = spec.commandLine().getOut();
        write(RunCurveCharts.loss(curves), "loss", stdout);
        write(metric("AUC", EvaluationPoint::auc, curves), "auc", stdout);
        write(metric("GAUC", EvaluationPoint::gauc, curves), "gauc", stdout);
        write(metric("GAUC by clicks", EvaluationPoint::gaucClicks, curves), "gauc_clicks", stdout);
        write(metric("logloss", EvaluationPoint::logLoss, curves), "logloss", stdout);
        stdout.flush();
        return ExitCodes.OK;
    }

    private ChartData metric(String title, ToDoubleFunction<EvaluationPoint> metric, Map<String, RunCurves> curves) {
        return RunCurveCharts.metric(title, split, metric, curves);
    }

    private void write(ChartData chart, String name, PrintWriter stdout) {
        Path svg = out.resolve(name + ".svg");
        Path csv = out.resolve(name + ".csv");
        new SvgChartWriter().write(chart, WIDTH, HEIGHT, svg);
        new CsvExport().write(chart, csv);
        stdout.printf(Locale.ROOT, "%s%n%s%n", svg, csv);
    }
}
