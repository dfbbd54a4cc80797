package org.dinexplorer.app.service.runs;

import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunRecord;
import org.jspecify.annotations.Nullable;

/**
 * A run with its latest metrics, as listed in the Runs view and by {@code din-explorer runs}.
 *
 * @param run        the stored run
 * @param validation the validation evaluation of the kept model of a completed run, else the latest one, or null
 * @param test       the test evaluation (completed runs), or null
 */
public record RunSummary(RunRecord run, @Nullable EvaluationPoint validation, @Nullable EvaluationPoint test) {
}
