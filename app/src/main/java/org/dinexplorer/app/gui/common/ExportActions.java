package org.dinexplorer.app.gui.common;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.dinexplorer.app.service.export.AtomicFiles;
import org.dinexplorer.app.service.export.ChartData;
import org.dinexplorer.app.service.export.CsvExport;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.app.service.export.SvgChartWriter;
import org.dinexplorer.app.service.export.SvgHeatmapWriter;

/**
 * Export of charts and heatmaps as PNG (at a chosen scale), SVG and CSV. The PNG snapshot is taken on the FX thread;
 * encoding and writing happen on a background executor, so an export never blocks the UI, even during training.
 */
public final class ExportActions {

    /** File formats a chart or heatmap can be exported to. */
    public enum Format {
        /** A bitmap snapshot of what is on screen. */
        PNG,
        /** A vector drawing with real text. */
        SVG,
        /** The underlying numbers, in full. */
        CSV
    }

    private final Window owner;
    private final Executor background;
    private final Consumer<String> notify;
    private final Consumer<Throwable> errors;

    /**
     * @param owner      window that owns the file dialogs
     * @param background executor that writes the files
     * @param notify     receives "Exported …" messages (called on the FX thread)
     * @param errors     receives write failures (called on the FX thread)
     */
    public ExportActions(Window owner, Executor background, Consumer<String> notify, Consumer<Throwable> errors) {
        this.owner = owner;
        this.background = background;
        this.notify = notify;
        this.errors = errors;
    }

    /** Adds a context menu with PNG/SVG/CSV export to a chart node. */
    public void installChart(Node node, Supplier<ChartData> data, String baseName) {
        install(node, baseName, (format, file, scale) -> exportChart(format, node, data.get(), file, scale));
    }

    /** Adds a context menu with PNG/SVG/CSV export to a heatmap node. */
    public void installHeatmap(Node node, Supplier<HeatmapData> data, String baseName) {
        install(node, baseName, (format, file, scale) -> exportHeatmap(format, node, data.get(), file, scale));
    }

    /** Exports a chart; PNG snapshots {@code node}. Must be called on the FX thread. */
    public CompletableFuture<Path> exportChart(Format format, Node node, ChartData data, Path file, double scale) {
        return switch (format) {
            case PNG -> png(node, file, scale);
            case SVG -> write(file, () -> new SvgChartWriter().write(data, 900, 560, file));
            case CSV -> write(file, () -> new CsvExport().write(data, file));
        };
    }

    /** Exports a heatmap; PNG snapshots {@code node}. Must be called on the FX thread. */
    public CompletableFuture<Path> exportHeatmap(Format format, Node node, HeatmapData data, Path file, double scale) {
        return switch (format) {
            case PNG -> png(node, file, scale);
            case SVG -> write(file, () -> new SvgHeatmapWriter().write(data, file));
            case CSV -> write(file, () -> new CsvExport().write(data, file));
        };
    }

    private CompletableFuture<Path> png(Node node, Path file, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = node.snapshot(parameters, null);
        return write(file, () -> {
            BufferedImage bitmap = SwingFXUtils.fromFXImage(image, null);
            AtomicFiles.write(file, out -> {
                if (!ImageIO.write(bitmap, "png", out)) {
                    throw new java.io.IOException("no PNG encoder available");
                }
            });
        });
    }

    private CompletableFuture<Path> write(Path file, Runnable writer) {
        return CompletableFuture.runAsync(writer, background).thenApply(ignored -> file);
    }

    private void install(Node node, String baseName, Exporter exporter) {
        ContextMenu menu = new ContextMenu();
        for (Format format : Format.values()) {
            MenuItem item = new MenuItem("Export " + format + "…");
            item.setOnAction(event -> choose(format, baseName, exporter));
            menu.getItems().add(item);
        }
        node.setOnContextMenuRequested(event -> menu.show(node, event.getScreenX(), event.getScreenY()));
    }

    private void choose(Format format, String baseName, Exporter exporter) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format);
        chooser.setInitialFileName(baseName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " file", "*." + extension));
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        double scale = 1;
        if (format == Format.PNG) {
            ChoiceDialog<String> scales = new ChoiceDialog<>("2×", List.of("1×", "2×", "3×", "4×"));
            scales.initOwner(owner);
            scales.setHeaderText("PNG scale (2× suits slides, 4× print)");
            var answer = scales.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            scale = Double.parseDouble(answer.get().substring(0, 1));
        }
        exporter.export(format, chosen.toPath(), scale).whenComplete((file, error) ->
                javafx.application.Platform.runLater(() -> {
                    if (error != null) {
                        errors.accept(error.getCause() != null ? error.getCause() : error);
                    } else {
                        notify.accept("Exported " + file);
                    }
                }));
    }

    /** Runs one export. */
    @FunctionalInterface
    private interface Exporter {
        CompletableFuture<Path> export(Format format, Path file, double scale);
    }
}
