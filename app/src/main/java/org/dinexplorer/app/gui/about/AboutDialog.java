package org.dinexplorer.app.gui.about;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.dinexplorer.app.service.SystemInfo;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/** Help ▸ About: version, Java, OS, numeric backend and BLAS, threads and the data directory. */
public final class AboutDialog extends Dialog<Void> {

    /** Builds the dialog bound to {@code model}; it fills in as soon as the backend probe finishes. */
    public AboutDialog(Window owner, AboutViewModel model) {
        initOwner(owner);
        setTitle("About DIN Explorer");
        setHeaderText("DIN Explorer\nDeep Interest Network workbench for CTR models");
        setGraphic(new FontIcon(MaterialDesignB.BRAIN));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        String[] labels = {"Version", "Java", "OS", "Backend", "CUDA", "BLAS", "Matrix products", "Threads",
            "Data directory", "Status"};
        for (int row = 0; row < labels.length; row++) {
            Label name = new Label(labels[row]);
            name.getStyleClass().add("text-bold");
            Label value = new Label();
            value.setId("about-" + labels[row].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            value.textProperty().bind(row == labels.length - 1 ? model.status() : field(model, row));
            grid.addRow(row, name, value);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setExpandableContent(licences());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** The licence notices of the bundled libraries, shown under "Show details". */
    private static javafx.scene.control.TextArea licences() {
        String text;
        try (var in = AboutDialog.class.getResourceAsStream(
                "/org/dinexplorer/resources/licenses/THIRD-PARTY.txt")) {
            text = in == null ? "The licence notices are missing from this build."
                    : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            text = "The licence notices could not be read: " + e.getMessage();
        }
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setId("about-licences");
        area.setEditable(false);
        area.setPrefRowCount(16);
        return area;
    }

    private static StringBinding field(AboutViewModel model, int row) {
        return Bindings.createStringBinding(() -> {
            SystemInfo info = model.info().get();
            if (info == null) {
                return "…";
            }
            return switch (row) {
                case 0 -> info.appVersion();
                case 1 -> info.javaVersion();
                case 2 -> info.os();
                case 3 -> info.backend() + " (ND4J " + info.ndVersion() + ")";
                case 4 -> info.cuda();
                case 5 -> info.blasVendor();
                case 6 -> info.products();
                case 7 -> info.threadCount() + " backend threads, " + info.cpuCount() + " processors";
                default -> info.dataDirectory().toString();
            };
        }, model.info());
    }
}
