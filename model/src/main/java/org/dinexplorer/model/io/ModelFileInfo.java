package org.dinexplorer.model.io;

import java.util.Map;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.train.TrainingState;
import org.jspecify.annotations.Nullable;

/**
 * The manifest of a model file.
 *
 * @param format             always {@link ModelFile#FORMAT}
 * @param formatVersion      layout version of the file
 * @param datasetFingerprint fingerprint of the data the model was trained on
 * @param config             model settings
 * @param schema             fields and vocabulary sizes
 * @param optimizerState     whether Adam moments are stored (checkpoints) or not (exported models)
 * @param training           run state and metric history, null for a model saved outside training
 * @param libraryVersions    versions of Java, OpenBLAS and the model module that wrote the file
 * @param createdAt          ISO-8601 instant of writing
 */
public record ModelFileInfo(String format, int formatVersion, String datasetFingerprint, DinConfig config,
                            FeatureSchema schema, boolean optimizerState, @Nullable TrainingState training,
                            Map<String, String> libraryVersions, String createdAt) {
}
