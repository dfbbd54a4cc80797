package org.dinexplorer.model.config;

/** The range checks of the configuration parts: each failure is a {@link ConfigFieldException} naming its field. */
final class Ranges {

    private Ranges() {
    }

    static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigFieldException(field, field + " must be in " + min + ".." + max + ", got " + value);
        }
    }

    static void requireOpenClosed(String field, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            throw new ConfigFieldException(field, field + " must be in (" + min + ", " + max + "], got " + value);
        }
    }

    static void requireClosedOpen(String field, double value, double min, double max) {
        if (!(value >= min && value < max)) {
            throw new ConfigFieldException(field, field + " must be in [" + min + ", " + max + "), got " + value);
        }
    }
}
