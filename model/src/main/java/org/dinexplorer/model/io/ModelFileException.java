package org.dinexplorer.model.io;

/** A model file could not be written or was refused on load; the message names the file and the reason. */
public class ModelFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public ModelFileException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and the low-level cause. */
    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
