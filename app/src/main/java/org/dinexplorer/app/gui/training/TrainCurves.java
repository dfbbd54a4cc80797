package org.dinexplorer.app.gui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.dinexplorer.app.gui.charts.Smoothing;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.model.train.StepProgress;
import org.dinexplorer.storage.runs.EvaluationPoint;

/** The Train page's curves: the step losses and evaluations of the current run, and the charts drawn from them. */
public final class TrainCurves {

    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final GrowingSeries stepLoss = new GrowingSeries();
    private final List<EvaluationPoint> evaluations = new ArrayList<>();

    TrainCurves() {
        smoothing.addListener((observable, old, value) -> changed());
    }

    /** Forgets every point (a new run starts). */
    void clear() {
        stepLoss.clear();
        evaluations.clear();
        changed();
    }

    /** Adds the steps and evaluations received since the last call. */
    void add(List<StepProgress> steps, List<EvaluationPoint> points) {
        for (StepProgress step : steps) {
            stepLoss.add(step.step(), step.loss());
        }
        evaluations.addAll(points);
        if (!steps.isEmpty() || !points.isEmpty()) {
            changed();
        }
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    /** The training loss per step, raw and smoothed with the current smoothing weight. */
    public ChartData lossChart() {
        double[] xs = stepLoss.xs();
        double[] ys = stepLoss.ys();
        List<ChartData.Series> series = new ArrayList<>();
        series.add(new ChartData.Series("loss", xs, ys));
        if (smoothing.get() > 0) {
            series.add(new ChartData.Series("smoothed", xs, Smoothing.ema(ys, Math.min(0.999, smoothing.get()))));
        }
        return new ChartData("Training loss", "step", "loss", series);
    }

    /** AUC and both GAUCs at every evaluation of the given split ("validation" or "test"). */
    public ChartData metricChart(String split) {
        List<EvaluationPoint> points = of(split);
        double[] xs = points.stream().mapToDouble(EvaluationPoint::step).toArray();
        return new ChartData("AUC and GAUC (" + split + ")", "step", "metric", List.of(
                new ChartData.Series("AUC", xs, points.stream().mapToDouble(EvaluationPoint::auc).toArray()),
                new ChartData.Series("GAUC", xs, points.stream().mapToDouble(EvaluationPoint::gauc).toArray()),
                new ChartData.Series("GAUC by clicks", xs,
                        points.stream().mapToDouble(EvaluationPoint::gaucClicks).toArray())));
    }

    /** Logloss at every evaluation of the given split. */
    public ChartData logLossChart(String split) {
        List<EvaluationPoint> points = of(split);
        return new ChartData("Logloss (" + split + ")", "step", "logloss", List.of(new ChartData.Series(
                "logloss", points.stream().mapToDouble(EvaluationPoint::step).toArray(),
                points.stream().mapToDouble(EvaluationPoint::logLoss).toArray())));
    }

    private List<EvaluationPoint> of(String split) {
        return evaluations.stream().filter(p -> p.split().equals(split)).toList();
    }

    /** Changes whenever the curves have new data or a new smoothing weight. */
    public ReadOnlyIntegerProperty version() {
        return version.getReadOnlyProperty();
    }

    /** Smoothing weight of the loss curve, 0 to 0.99. */
    public DoubleProperty smoothing() {
        return smoothing;
    }

    /** Step-loss points received so far (all of them, for measurements and tests). */
    public int stepPointCount() {
        return stepLoss.size();
    }
}
