package org.dinexplorer.app.service.training;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.dinexplorer.model.config.DinConfig;

/**
 * Everything that decides what a training run computes, apart from the data: the model and training settings, the
 * history length used and the master seed. Immutable and validated on construction; stored with each run as canonical
 * JSON (sorted keys, fixed number format, {@link RunConfigJson}) and its SHA-256, so equal configs always give the same
 * text and hash.
 *
 * @param model         network and optimiser settings (including the BLAS thread count)
 * @param historyLength behaviours per sample the run uses, 1..1000; must equal the training set's history length
 * @param seed          master seed of the run (weight init and shuffles are derived from it)
 */
public record RunConfig(@JsonProperty(required = true) DinConfig model,
                        @JsonProperty(required = true) int historyLength,
                        @JsonProperty(required = true) long seed) {

    /** Version of the JSON layout, written into every config. */
    public static final int FORMAT_VERSION = 1;

    /** Checks the fields; the message names the field, the value and the allowed range. */
    public RunConfig {
        Objects.requireNonNull(model, "model");
        if (historyLength < 1 || historyLength > 1000) {
            throw new IllegalArgumentException("history length must be in 1..1000, got " + historyLength);
        }
    }

    /** The canonical JSON text: sorted keys, no spaces, decimals in plain notation without trailing zeros. */
    public String toCanonicalJson() {
        return RunConfigJson.write(this);
    }

    /**
     * Reads a config from JSON written by {@link #toCanonicalJson()}.
     *
     * @throws IllegalArgumentException naming the field when the text is not a valid config
     */
    public static RunConfig fromJson(String json) {
        return RunConfigJson.read(json);
    }

    /** SHA-256 of the canonical JSON, lower-case hex. */
    public String sha256() {
        return sha256Hex(toCanonicalJson());
    }

    /** A copy with another model config. */
    public RunConfig withModel(DinConfig value) {
        return new RunConfig(value, historyLength, seed);
    }

    /** A copy with another seed. */
    public RunConfig withSeed(long value) {
        return new RunConfig(model, historyLength, value);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
