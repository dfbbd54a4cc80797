package org.dinexplorer.app.gui.runs;

import org.dinexplorer.app.service.runs.EvaluationService;
import org.dinexplorer.app.service.runs.ModelLocator;
import org.dinexplorer.app.service.runs.RunService;

/**
 * The services the Runs page uses.
 *
 * @param runs       lists, renames, annotates and deletes runs and reads their curves
 * @param evaluation evaluates a model file on a split
 * @param models     finds a run's model file
 */
public record RunsServices(RunService runs, EvaluationService evaluation, ModelLocator models) {

    /** The real services. */
    public static RunsServices create() {
        return new RunsServices(new RunService(), new EvaluationService(), new ModelLocator());
    }
}
