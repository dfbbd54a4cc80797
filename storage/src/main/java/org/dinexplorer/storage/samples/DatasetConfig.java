package org.dinexplorer.storage.samples;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a dataset build. Impression days are Asia/Shanghai calendar days; the training split holds every
 * impression day before the test day (minus validation), days after the test day are left out.
 *
 * @param historyLength   behaviours kept per sample (the most recent strictly before the impression), 1 to 1000
 * @param testDay         the test day, or null for the last impression day
 * @param minCount        values seen fewer times in training map to "unknown", at least 1
 * @param validation      how validation samples are carved from the training days
 * @param validationShare share of users sent to validation with {@link ValidationMode#USER_SHARE}, in (0, 1);
 *                        ignored (and normalised to 0) otherwise
 * @param validationSeed  seed of the user draw with {@link ValidationMode#USER_SHARE} (normalised to 0 otherwise)
 */
public record DatasetConfig(int historyLength, @Nullable LocalDate testDay, int minCount, ValidationMode validation,
                            double validationShare, long validationSeed) {

    /** Default history length, as in the DIN paper's Taobao setup. */
    public static final int DEFAULT_HISTORY_LENGTH = 50;

    /** Validates the settings; messages name the field, the value and the allowed range. */
    public DatasetConfig {
        if (historyLength < 1 || historyLength > 1000) {
            throw new IllegalArgumentException("history length must be 1..1000, got " + historyLength);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("min-count must be at least 1, got " + minCount);
        }
        if (validation == ValidationMode.USER_SHARE) {
            if (!(validationShare > 0 && validationShare < 1)) {
                throw new IllegalArgumentException("validation share must be between 0 and 1 (exclusive), got "
                        + validationShare);
            }
        } else {
            validationShare = 0;
            validationSeed = 0;
        }
    }

    /**
     * History 50, last day as test day, min-count 1, the last training day as validation: training picks its best
     * model and stops early by the validation split, so a training set has one unless the user asks for none.
     */
    public static DatasetConfig defaults() {
        return new DatasetConfig(DEFAULT_HISTORY_LENGTH, null, 1, ValidationMode.LAST_TRAIN_DAY, 0, 0);
    }

    /** A copy with another history length. */
    public DatasetConfig withHistoryLength(int length) {
        return new DatasetConfig(length, testDay, minCount, validation, validationShare, validationSeed);
    }

    /** A copy with another test day (null: the last impression day). */
    public DatasetConfig withTestDay(@Nullable LocalDate day) {
        return new DatasetConfig(historyLength, day, minCount, validation, validationShare, validationSeed);
    }

    /** A copy with another min-count. */
    public DatasetConfig withMinCount(int count) {
        return new DatasetConfig(historyLength, testDay, count, validation, validationShare, validationSeed);
    }

    /** A copy with another validation rule. */
    public DatasetConfig withValidation(ValidationMode mode, double share, long seed) {
        return new DatasetConfig(historyLength, testDay, minCount, mode, share, seed);
    }
}
