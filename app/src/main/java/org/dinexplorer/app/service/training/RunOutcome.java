package org.dinexplorer.app.service.training;

import java.nio.file.Path;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.RunStatus;
import org.jspecify.annotations.Nullable;

/**
 * How a training session ended.
 *
 * @param runId           the run
 * @param status          COMPLETED, CANCELLED or FAILED
 * @param epochsCompleted full epochs done (including those before a resume)
 * @param validation      the last validation evaluation, or null
 * @param test            the test evaluation of a completed run, or null
 * @param modelFile       the model (final model of a completed run, else the last checkpoint), or null if none
 * @param message         the failure or stop reason, empty when completed
 * @param keptModel       which model a completed run kept and why, null otherwise
 */
public record RunOutcome(long runId, RunStatus status, int epochsCompleted, @Nullable EvaluationPoint validation,
                         @Nullable EvaluationPoint test, @Nullable Path modelFile, String message,
                         @Nullable KeptModel keptModel) {
}
