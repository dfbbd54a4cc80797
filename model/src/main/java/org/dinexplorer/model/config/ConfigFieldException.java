package org.dinexplorer.model.config;

/**
 * A {@link DinConfig} setting out of its range. The message starts with the field's name, then gives the allowed range
 * and the value; {@link #field()} names the field so that a form can show the message next to it.
 */
public final class ConfigFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the record component's name, e.g. {@code "batchSize"}
     * @param message what is wrong, starting with {@code field}
     */
    public ConfigFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending {@link DinConfig} component, e.g. {@code "batchSize"}. */
    public String field() {
        return field;
    }
}
