package org.dinexplorer.app.service.dataset;

import org.dinexplorer.model.data.BatchSource;
import org.jspecify.annotations.Nullable;

/**
 * The built training set of a database as the model sees it.
 *
 * @param fingerprint     dataset fingerprint, stored with each run and in each model file
 * @param fingerprintText the canonical text the fingerprint hashes, one {@code key=value} per line
 * @param historyLength behaviours per sample (L)
 * @param train         training split
 * @param validation    validation split, or null when the training set has none
 * @param test          test split
 */
public record TrainingData(String fingerprint, String fingerprintText, int historyLength, BatchSource train,
                           @Nullable BatchSource validation, BatchSource test) {

    /** The split called {@code name} ({@code train}, {@code validation} or {@code test}). */
    public BatchSource split(String name) {
        return switch (name) {
            case "train" -> train;
            case "test" -> test;
            case "validation" -> {
                if (validation == null) {
                    throw new IllegalArgumentException("this training set has no validation split; build it with "
                            + "a validation rule or use --split test");
                }
                yield validation;
            }
            default -> throw new IllegalArgumentException("split must be train, validation or test, got " + name);
        };
    }
}
