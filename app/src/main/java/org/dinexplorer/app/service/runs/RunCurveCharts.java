package org.dinexplorer.app.service.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunCurves;
import org.dinexplorer.storage.runs.StepLoss;

/** Charts of stored runs' curves, the runs overlaid by step: the Runs page draws them, {@code curves} writes them. */
public final class RunCurveCharts {

    private RunCurveCharts() {
    }

    /** Training loss of each run, keyed by its label in the order of the map. */
    public static ChartData loss(Map<String, RunCurves> runs) {
        List<ChartData.Series> series = new ArrayList<>();
        runs.forEach((label, curves) -> series.add(new ChartData.Series(label,
                curves.steps().stream().mapToDouble(StepLoss::step).toArray(),
                curves.steps().stream().mapToDouble(StepLoss::loss).toArray())));
        return new ChartData("Training loss", "step", "loss", series);
    }

    /** One evaluation metric of each run on {@code split} ({@code validation} or {@code test}). */
    public static ChartData metric(String title, String split, ToDoubleFunction<EvaluationPoint> metric,
                                   Map<String, RunCurves> runs) {
        List<ChartData.Series> series = new ArrayList<>();
        runs.forEach((label, curves) -> {
            List<EvaluationPoint> points = curves.evaluations(split);
            series.add(new ChartData.Series(label, points.stream().mapToDouble(EvaluationPoint::step).toArray(),
                    points.stream().mapToDouble(metric).toArray()));
        });
        return new ChartData(title + " (" + split + ")", "step", title, series);
    }
}
