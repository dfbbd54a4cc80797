package org.dinexplorer.app.gui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CancellationException;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows failures as readable dialogs: a plain-language message and, folded away under "Details", the stack trace.
 * Logs each failure once. Cancellations are not errors and show nothing.
 */
public final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final @Nullable Window owner;

    /** Dialogs owned by {@code owner} (null before the main window exists). */
    public ErrorDialogs(@Nullable Window owner) {
        this.owner = owner;
    }

    /** Shows {@code error}; must be called on the FX thread. */
    public void show(Throwable error) {
        if (error instanceof CancellationException) {
            LOG.info("Cancelled: {}", error.getMessage());
            return;
        }
        LOG.error("Shown to the user", error);
        Alert alert = new Alert(AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("DIN Explorer");
        alert.setHeaderText(headline(error));
        alert.setContentText("The application keeps running. The details below are also in the log file.");
        TextArea details = new TextArea(stackTrace(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.setId("error-details");
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }

    /** The message a user reads first: the exception's own message, or its type when it has none. */
    static String headline(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "Unexpected error: " + error.getClass().getSimpleName()
                : message;
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
