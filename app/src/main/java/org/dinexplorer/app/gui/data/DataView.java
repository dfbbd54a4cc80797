package org.dinexplorer.app.gui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.dinexplorer.app.gui.common.EmptyState;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The Data page: toolbar, empty state or overview, last import, rejected rows and the training-set form. */
public final class DataView extends BorderPane {

    private final DataViewModel model;

    /** Builds the page bound to {@code model}; start buttons are disabled while {@code jobRunning}. */
    public DataView(DataViewModel model, ObservableBooleanValue jobRunning) {
        this.model = model;
        Button folder = button("Import folder…", MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE, "import-folder",
                "Import every Taobao file (raw_sample, ad_feature, user_profile, behavior_log; .csv or .csv.gz) "
                        + "in a folder", this::chooseFolder, jobRunning);
        Button files = button("Import files…", MaterialDesignF.FILE_DOWNLOAD_OUTLINE, "import-files",
                "Import one or more Taobao files", this::chooseFiles, jobRunning);
        Button demo = button("Load demo dataset", MaterialDesignD.DATABASE_PLUS_OUTLINE, "load-demo",
                "Generate the built-in demo data (20 k users), import it and build the training set",
                model::loadDemo, jobRunning);
        Button refresh = button("Refresh", MaterialDesignR.REFRESH, "refresh", "Read the database again",
                model::refresh, null);
        Label notice = new Label();
        notice.setId("data-notice");
        notice.textProperty().bind(model.notice());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setTop(new VBox(new ToolBar(folder, files, demo, new Separator(), refresh, spacer, notice),
                new UnfinishedImportsPane(model, jobRunning)));

        Button emptyDemo = button("Load demo dataset", MaterialDesignD.DATABASE_PLUS_OUTLINE, "empty-load-demo",
                "Generate, import and prepare the demo data in one step", model::loadDemo, jobRunning);
        Button emptyImport = button("Import folder…", MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE, "empty-import",
                "Import the Taobao files of a folder", this::chooseFolder, jobRunning);
        EmptyState empty = new EmptyState(MaterialDesignD.DATABASE, "No data yet",
                "Import the four Taobao files (raw_sample, ad_feature, user_profile, behavior_log) into the open "
                        + "database — drop them here — or load the built-in demo dataset to try DIN Explorer.",
                emptyDemo, emptyImport);
        VBox content = new VBox(18, new OverviewPane(model), new ImportResultPane(model), new RejectsPane(model),
                new TrainingSetPane(model, jobRunning));
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.overview().get() == null || model.overview().get().isEmpty(), model.overview()));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(scroll, empty));
        enableDrop();
        getStyleClass().add("page");
    }

    private void enableDrop() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            List<File> dropped = event.getDragboard().getFiles();
            if (dropped != null && !dropped.isEmpty()) {
                model.importPaths(dropped.stream().map(File::toPath).toList());
            }
            event.setDropCompleted(dropped != null && !dropped.isEmpty());
            event.consume();
        });
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder with Taobao files");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.importPaths(List.of(folder.toPath()));
        }
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Taobao files");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Taobao CSV", "*.csv", "*.csv.gz"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null) {
            model.importPaths(chosen.stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id, String tooltip,
                                 Runnable action, @Nullable ObservableBooleanValue jobRunning) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        if (jobRunning != null) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(jobRunning::get,
                    jobRunning));
        }
        return button;
    }
}
