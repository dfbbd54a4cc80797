package org.dinexplorer.model.config;

/**
 * A setting of a {@link DinConfig} part out of its range. The message starts with the field's name, then gives the
 * allowed range and the value; {@link #field()} names the field so that a form can show the message next to it.
 */
public final class ConfigFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the part's record component, e.g. {@code "batchSize"}
     * @param message what is wrong, starting with {@code field}
     */
    public ConfigFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * The offending component of {@link NetworkConfig}, {@link OptimizerConfig} or {@link ScheduleConfig}, also its key
     * in a stored config, e.g. {@code "batchSize"}.
     */
    public String field() {
        return field;
    }
}
