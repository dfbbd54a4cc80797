package org.dinexplorer.storage.runs;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a run when it is created. The config and environment are opaque JSON text for storage.
 *
 * @param parentRunId     the run this one was derived from ("train again with changes"), or null
 * @param name            display name, not blank
 * @param notes           free text, may be empty
 * @param modelVariant    the network's name, e.g. {@code DIN}
 * @param configJson      canonical config JSON
 * @param configSha256    SHA-256 of {@code configJson}, lower-case hex
 * @param seed            master seed
 * @param dataFingerprint fingerprint of the dataset the run trains on
 * @param environmentJson the environment (versions, OS, threads) as JSON
 */
public record NewRun(@Nullable Long parentRunId, String name, String notes, String modelVariant, String configJson,
                     String configSha256, long seed, String dataFingerprint, String environmentJson) {

    /** Checks that the texts are present and the name is not blank. */
    public NewRun {
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(modelVariant, "modelVariant");
        Objects.requireNonNull(configJson, "configJson");
        Objects.requireNonNull(configSha256, "configSha256");
        Objects.requireNonNull(dataFingerprint, "dataFingerprint");
        Objects.requireNonNull(environmentJson, "environmentJson");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A run needs a name that is not blank");
        }
    }
}
