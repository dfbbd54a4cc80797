package org.dinexplorer.app.service.training;

import java.util.Locale;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ScheduleConfig;
import org.dinexplorer.model.train.TrainingResult;
import org.dinexplorer.model.train.TrainingStatus;

/**
 * Which model a completed run keeps and why: the model of the validation evaluation with the best score (the
 * configured GAUC, AUC where no user has both classes), else the model after the last step.
 *
 * @param epoch       epoch the kept model comes from
 * @param step        optimizer step the kept model comes from
 * @param earlier     true when it is an earlier model than the last step's (read from the run's best.zip)
 * @param description one sentence for the log, the CLI and the GUI
 */
public record KeptModel(int epoch, long step, boolean earlier, String description) {

    /**
     * @param result          what the trainer returned
     * @param epochsCompleted epochs the trainer counts as done (an early-stopped epoch included)
     * @param schedule        the run's schedule: which GAUC chose the model, the early-stopping patience
     * @param bestFileExists  whether the best evaluation's model was saved
     */
    static KeptModel of(TrainingResult result, int epochsCompleted, ScheduleConfig schedule, boolean bestFileExists) {
        long last = result.steps();
        boolean validated = result.bestStep() > 0;
        if (!validated) {
            return new KeptModel(epochsCompleted, last, false, String.format(Locale.ROOT,
                    "the model after the last step (epoch %d, step %,d): without a validation split there is no "
                            + "score to choose by", epochsCompleted, last));
        }
        String score = String.format(Locale.ROOT, "%s %.4f", metricName(schedule.gaucWeighting()), result.bestScore());
        String ending = result.status() == TrainingStatus.EARLY_STOPPED
                ? String.format(Locale.ROOT, "; training stopped early after %d evaluations without a better one",
                schedule.earlyStoppingPatience())
                : "";
        boolean earlier = result.bestStep() != last && bestFileExists;
        int epoch = earlier ? result.bestEpoch() : epochsCompleted;
        long step = earlier ? result.bestStep() : last;
        String which = earlier ? "the model of epoch %d, step %,d, the best validation %s"
                : "the model after the last step (epoch %d, step %,d), also the best validation %s";
        return new KeptModel(epoch, step, earlier, String.format(Locale.ROOT, which + ending, epoch, step, score));
    }

    private static String metricName(GaucWeighting weighting) {
        return weighting == GaucWeighting.CLICKS ? "GAUC (weighted by clicks)" : "GAUC";
    }
}
