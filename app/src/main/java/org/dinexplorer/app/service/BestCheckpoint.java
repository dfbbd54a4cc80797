package org.dinexplorer.app.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dinexplorer.model.train.EpochResult;

/**
 * Keeps a copy of the checkpoint of the epoch with the best validation score (GAUC, else AUC) as {@code best.zip}, so
 * a run that overfits in later epochs still ends with its best model. Uses the trainer's rule: higher is better, an
 * undefined score never wins.
 */
final class BestCheckpoint {

    private final RunFiles files;
    private double bestScore;
    private int bestEpoch;

    /**
     * @param bestScore best score so far (NaN for a new run)
     * @param bestEpoch its epoch (0 for none)
     */
    BestCheckpoint(RunFiles files, double bestScore, int bestEpoch) {
        this.files = files;
        this.bestScore = bestScore;
        this.bestEpoch = bestEpoch;
    }

    /** Called after the trainer wrote the epoch's checkpoint. */
    void epochEnded(EpochResult result) {
        if (result.validation() == null) {
            return;
        }
        double score = result.validation().selectionScore();
        if (Double.isNaN(score) || (!Double.isNaN(bestScore) && score <= bestScore)) {
            return;
        }
        bestScore = score;
        bestEpoch = result.epoch();
        copyCheckpoint();
    }

    /** The best epoch so far, 0 without validation. */
    int bestEpoch() {
        return bestEpoch;
    }

    /** The saved best checkpoint, if one was kept. */
    Path file() {
        return files.best();
    }

    private void copyCheckpoint() {
        Path temp = files.best().resolveSibling(files.best().getFileName() + ".tmp");
        try {
            Files.copy(files.checkpoint(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, files.best(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the best checkpoint as " + files.best() + ": "
                    + e.getMessage(), e);
        }
    }
}
