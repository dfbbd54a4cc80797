package org.dinexplorer.app.service.interop;

import java.nio.file.Path;
import org.dinexplorer.app.service.runs.ModelLocator;
import org.dinexplorer.app.service.runs.RunStores;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.io.OnnxExport;
import org.dinexplorer.model.io.SafetensorsFile;

/** Writes a stored model (a run or a model file) in a format other engines read. Blocking: call it from a job. */
public final class ModelExportService {

    /** The formats a model can be exported to. */
    public enum Format {
        /**
         * The inference graph (opset 13) with inputs named as {@code export-dataset}'s arrays and outputs {@code ctr}
         * and, for DIN, {@code attention}.
         */
        ONNX("onnx"),
        /** The weights under the network's parameter names, with config, schema and fingerprint as metadata. */
        SAFETENSORS("safetensors");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** File name extension, without the dot. */
        public String extension() {
            return extension;
        }

        /**
         * The format named {@code text} (case-insensitive).
         *
         * @throws IllegalArgumentException listing the formats when there is no such one
         */
        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("--format must be one of " + java.util.Arrays.stream(values())
                    .map(Format::extension).toList() + ", got '" + text + "'");
        }

        /** The format a file name's extension names, if any. */
        public static java.util.Optional<Format> ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return java.util.Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
        }
    }

    private final ModelLocator locator;

    /** A service on the default run tables. */
    public ModelExportService() {
        this(new ModelLocator());
    }

    /** A service that finds run models with {@code locator}. */
    public ModelExportService(ModelLocator locator) {
        this.locator = locator;
    }

    /**
     * Exports the model {@code modelSpec} (a run id or a model file) to {@code out}, written atomically.
     *
     * @return the model file that was exported
     * @throws org.dinexplorer.model.io.ModelFileException if the model file is missing or damaged
     * @throws org.dinexplorer.storage.StorageException   if the run does not exist or has no model yet
     */
    public Path export(Path database, String modelSpec, Format format, Path out) {
        RunStores.requireExisting(database);
        Path file = locator.resolve(database, modelSpec);
        LoadedModel loaded = ModelFile.load(file, null);
        switch (format) {
            case ONNX -> OnnxExport.save(out.toAbsolutePath(), loaded.model(), loaded.info().datasetFingerprint());
            case SAFETENSORS -> SafetensorsFile.save(out.toAbsolutePath(), loaded.model(),
                    loaded.info().datasetFingerprint());
        }
        return file;
    }
}
