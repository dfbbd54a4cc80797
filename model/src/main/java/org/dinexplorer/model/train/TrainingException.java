package org.dinexplorer.model.train;

/** Training failed (for example the loss became NaN); the message is meant for the user and says what to do next. */
public class TrainingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public TrainingException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and the low-level cause. */
    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
