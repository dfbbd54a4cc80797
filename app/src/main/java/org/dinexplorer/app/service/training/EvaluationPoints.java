package org.dinexplorer.app.service.training;

import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.storage.runs.EvaluationPoint;

/** The stored form of a model's metrics: the one mapping from the model's results to the run tables' rows. */
public final class EvaluationPoints {

    private EvaluationPoints() {
    }

    /**
     * @param trainLoss      mean training loss of the epoch so far (NaN where none)
     * @param elapsedSeconds seconds of training of the run when evaluated
     */
    public static EvaluationPoint of(int epoch, long step, String split, boolean epochEnd, double trainLoss,
                                     EvaluationResult m, double elapsedSeconds) {
        return new EvaluationPoint(epoch, step, split, epochEnd, trainLoss, m.auc(), m.gauc(), m.gaucClicks(),
                m.logLoss(), m.accuracy(), m.sampleCount(), m.usersInGauc(), elapsedSeconds);
    }
}
