package org.dinexplorer.app.gui.data;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dinexplorer.storage.overview.UnfinishedImport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** One line per import that stopped part-way, each with a Resume button; hidden when there is none. */
final class UnfinishedImportsPane extends VBox {

    UnfinishedImportsPane(DataViewModel model, javafx.beans.value.ObservableBooleanValue jobRunning) {
        setSpacing(4);
        setPadding(new Insets(6, 16, 6, 16));
        getStyleClass().add("unfinished-imports");
        setId("unfinished-imports");
        model.unfinishedImports().addListener((ListChangeListener<UnfinishedImport>) change -> {
            getChildren().clear();
            for (UnfinishedImport stopped : model.unfinishedImports()) {
                Label text = new Label(String.format(Locale.ROOT, "The import of %s stopped after line %,d (%s).",
                        stopped.fileName(), stopped.cursorLine(), stopped.status().toLowerCase(Locale.ROOT)));
                Button resume = new Button("Resume", new FontIcon(MaterialDesignP.PLAY));
                resume.setTooltip(new Tooltip("Continue " + stopped.filePath() + " after its last committed chunk"));
                resume.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(jobRunning::get,
                        jobRunning));
                resume.setOnAction(event -> model.resumeImport(stopped));
                HBox line = new HBox(10, text, resume);
                line.setAlignment(Pos.CENTER_LEFT);
                getChildren().add(line);
            }
        });
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.unfinishedImports()));
        managedProperty().bind(visibleProperty());
    }
}
