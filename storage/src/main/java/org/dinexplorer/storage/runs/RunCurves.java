package org.dinexplorer.storage.runs;

import java.util.List;

/**
 * Everything needed to draw a run's curves.
 *
 * @param steps       step losses in step order
 * @param evaluations evaluation points in (split, step) order
 */
public record RunCurves(List<StepLoss> steps, List<EvaluationPoint> evaluations) {

    /** Copies both lists. */
    public RunCurves {
        steps = List.copyOf(steps);
        evaluations = List.copyOf(evaluations);
    }

    /** The evaluation points of one split, in step order. */
    public List<EvaluationPoint> evaluations(String split) {
        return evaluations.stream().filter(point -> point.split().equals(split)).toList();
    }
}
