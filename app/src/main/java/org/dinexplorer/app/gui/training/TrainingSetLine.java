package org.dinexplorer.app.gui.training;

import java.util.Locale;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.dinexplorer.storage.samples.Split;

/** The Train page's line about the open training set. */
final class TrainingSetLine {

    private TrainingSetLine() {
    }

    /** The sizes of the three splits, the history length and the fingerprint; without validation, what is lost. */
    static String of(DatasetSummary s) {
        long validation = s.split(Split.VALIDATION).sampleCount();
        return String.format(Locale.ROOT, "Training set: %,d train / %,d validation / %,d test samples, history %d, "
                        + "fingerprint %s…%s", s.split(Split.TRAIN).sampleCount(), validation,
                s.split(Split.TEST).sampleCount(), s.config().historyLength(), s.fingerprint().substring(0, 12),
                validation > 0 ? "" : " No validation split: no curves, no early stopping, the last step's model is "
                        + "kept; build the training set with one on the Data page.");
    }
}
