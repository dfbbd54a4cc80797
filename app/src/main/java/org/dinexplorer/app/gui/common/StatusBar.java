package org.dinexplorer.app.gui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.dinexplorer.app.jobs.FxJobRunner;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The bottom bar: the running job's title, progress, message and a Cancel button; on the right, the open database. */
public final class StatusBar extends HBox {

    /**
     * Builds the bar bound to {@code jobs}; {@code idleMessage} shows while no job runs and {@code database} on the
     * right.
     */
    public StatusBar(FxJobRunner jobs, javafx.beans.value.ObservableStringValue idleMessage,
                     ObservableValue<String> database) {
        Label title = new Label();
        title.textProperty().bind(jobs.title());
        title.getStyleClass().add("text-bold");
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(jobs.progress());
        progress.setPrefWidth(180);
        Label message = new Label();
        message.textProperty().bind(Bindings.when(jobs.running()).then(jobs.message())
                .otherwise(idleMessage));
        message.setId("status-message");
        Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("status-cancel");
        cancel.setTooltip(new Tooltip("Stop the running job at its next safe point"));
        cancel.setOnAction(event -> jobs.cancelCurrent());
        for (var node : new javafx.scene.Node[] {title, progress, cancel}) {
            node.visibleProperty().bind(jobs.running());
            node.managedProperty().bind(jobs.running());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label databaseLabel = new Label();
        databaseLabel.textProperty().bind(database);
        databaseLabel.setId("status-database");
        databaseLabel.getStyleClass().add("text-muted");
        getChildren().addAll(title, progress, message, cancel, spacer, databaseLabel);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
    }
}
