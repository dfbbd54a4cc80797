package org.dinexplorer.model.io;

import java.util.Optional;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.train.TrainingState;

/**
 * A model read from a file with its manifest.
 *
 * @param model the model, with Adam moments restored when the file has them
 * @param info  the manifest
 */
public record LoadedModel(DinModel model, ModelFileInfo info) {

    /** The run state, for resuming; empty for a model saved outside training. */
    public Optional<TrainingState> training() {
        return Optional.ofNullable(info.training());
    }
}
