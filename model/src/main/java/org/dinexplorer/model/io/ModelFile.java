package org.dinexplorer.model.io;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.train.TrainingState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads model files. Writing goes to a temporary file next to the target that is then moved into place
 * atomically, so an interrupted save never leaves a half-written model under the target name.
 */
public final class ModelFile {

    /** Value of the manifest's {@code format} field. */
    public static final String FORMAT = "din-explorer-model";
    /** Layout version written by this code and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ModelFile.class);
    private static final String MANIFEST = "manifest.json";

    private ModelFile() {
    }

    /**
     * Saves {@code model}.
     *
     * @param file               target path; its directory must exist
     * @param datasetFingerprint fingerprint of the training data, checked again on load
     * @param training           run state and metric history, or null
     * @param optimizerState     also store the Adam moments (needed to resume; triples the size)
     * @throws ModelFileException when the file cannot be written
     */
    public static void save(Path file, DinModel model, String datasetFingerprint, @Nullable TrainingState training,
                            boolean optimizerState) {
        ModelFileInfo info = new ModelFileInfo(FORMAT, FORMAT_VERSION, datasetFingerprint, model.config(),
                model.schema(), optimizerState, training, libraryVersions(), Instant.now().toString());
        try {
            AtomicFile.write(file, out -> writeZip(new ZipOutputStream(new BufferedOutputStream(out, 1 << 20)), model,
                    info, optimizerState));
        } catch (IOException e) {
            throw new ModelFileException("cannot write model file " + file + ": " + e.getMessage(), e);
        }
        LOG.debug("saved model file {} (optimizer state {})", file, optimizerState);
    }

    private static void writeZip(ZipOutputStream zip, DinModel model, ModelFileInfo info, boolean optimizerState)
            throws IOException {
        try (zip) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
            zip.closeEntry();
            for (Param p : model.network().params()) {
                writeArray(zip, "params/" + p.name() + ".f32", p.value());
                if (optimizerState) {
                    writeArray(zip, "params/" + p.name() + ".m.f32", p.m());
                    writeArray(zip, "params/" + p.name() + ".v.f32", p.v());
                }
            }
            for (Param p : model.network().state()) {
                writeArray(zip, "state/" + p.name() + ".f32", p.value());
            }
            for (SparseEmbeddingTable t : model.network().tables()) {
                writeArray(zip, "tables/" + t.name() + ".f32", t.values());
                if (optimizerState) {
                    writeArray(zip, "tables/" + t.name() + ".m.f32", t.firstMoments());
                    writeArray(zip, "tables/" + t.name() + ".v.f32", t.secondMoments());
                }
            }
        }
    }

    private static void writeArray(ZipOutputStream zip, String name, float[] values) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        FloatEntries.write(zip, values);
        zip.closeEntry();
    }

    /**
     * Loads a model file.
     *
     * @param expectedFingerprint fingerprint of the data the caller will use the model with; null skips the check
     * @throws ModelFileException when the file is missing, foreign, damaged, truncated, of another format version,
     *                            or trained on other data
     */
    public static LoadedModel load(Path file, @Nullable String expectedFingerprint) {
        return read(file, expectedFingerprint, (zip, info, name) -> {
            DinModel model = new DinModel(info.config(), info.schema(), 0L);
            readArrays(zip, model, info.optimizerState(), name);
            return new LoadedModel(model, info);
        });
    }

    /**
     * Reads the weights of a model file into {@code model}, which has the file's configuration and schema. The run
     * that keeps an earlier evaluation's model loads it over the trained one this way, rather than holding a second
     * copy of every table (values and both optimizer moments) in the heap next to it.
     *
     * @throws ModelFileException as {@link #load}, and when the file's configuration or schema differs from the model's
     */
    public static void loadWeightsInto(Path file, DinModel model, @Nullable String expectedFingerprint) {
        read(file, expectedFingerprint, (zip, info, name) -> {
            if (!info.config().equals(model.config()) || !info.schema().equals(model.schema())) {
                throw new ModelFileException(name + " holds another network than the one to load it into");
            }
            readArrays(zip, model, false, name);
            return null;
        });
    }

    /** Reads what a model file holds once its manifest and fingerprint are checked. */
    private interface Contents<T> {
        T read(ZipFile zip, ModelFileInfo info, String name) throws IOException;
    }

    private static <T> T read(Path file, @Nullable String expectedFingerprint, Contents<T> contents) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("no model file at " + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ModelFileInfo info = readManifest(zip, name);
            if (expectedFingerprint != null && !expectedFingerprint.equals(info.datasetFingerprint())) {
                throw new ModelFileException(name + " was trained on data with fingerprint "
                        + info.datasetFingerprint() + ", but the current data has fingerprint " + expectedFingerprint
                        + "; train a new model on this data or open the matching database");
            }
            return contents.read(zip, info, name);
        } catch (ZipException e) {
            throw new ModelFileException(name + " is not a DIN Explorer model file or is damaged (" + e.getMessage()
                    + ")", e);
        } catch (IOException e) {
            throw new ModelFileException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    private static ModelFileInfo readManifest(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new ModelFileException(name + " is not a DIN Explorer model file (no " + MANIFEST + ")");
        }
        Map<?, ?> raw;
        try (InputStream in = zip.getInputStream(entry)) {
            raw = mapper().readValue(in.readAllBytes(), Map.class);
        } catch (IOException e) {
            throw new ModelFileException(name + ": the manifest is damaged (" + e.getMessage() + ")", e);
        }
        if (!FORMAT.equals(raw.get("format"))) {
            throw new ModelFileException(name + " is not a DIN Explorer model file (format '" + raw.get("format")
                    + "')");
        }
        if (!Integer.valueOf(FORMAT_VERSION).equals(raw.get("formatVersion"))) {
            throw new ModelFileException(name + " has model file format version " + raw.get("formatVersion")
                    + "; this version of DIN Explorer reads version " + FORMAT_VERSION
                    + " only. Retrain the model or open it with the version that wrote it");
        }
        try {
            return mapper().convertValue(raw, ModelFileInfo.class);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": the manifest is invalid (" + e.getMessage() + ")", e);
        }
    }

    private static void readArrays(ZipFile zip, DinModel model, boolean optimizerState, String name)
            throws IOException {
        for (Param p : model.network().params()) {
            FloatEntries.read(zip, "params/" + p.name() + ".f32", p.value(), name);
            if (optimizerState) {
                FloatEntries.read(zip, "params/" + p.name() + ".m.f32", p.m(), name);
                FloatEntries.read(zip, "params/" + p.name() + ".v.f32", p.v(), name);
            }
        }
        for (Param p : model.network().state()) {
            FloatEntries.read(zip, "state/" + p.name() + ".f32", p.value(), name);
        }
        for (SparseEmbeddingTable t : model.network().tables()) {
            FloatEntries.read(zip, "tables/" + t.name() + ".f32", t.values(), name);
            if (optimizerState) {
                FloatEntries.read(zip, "tables/" + t.name() + ".m.f32", t.firstMoments(), name);
                FloatEntries.read(zip, "tables/" + t.name() + ".v.f32", t.secondMoments(), name);
            }
        }
    }

    static Map<String, String> libraryVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.version"));
        versions.put("openblas", versionOf(org.bytedeco.openblas.global.openblas_nolapack.class, "0.3.19-1.5.7"));
        versions.put("din-explorer-model", versionOf(DinModel.class, "development"));
        return versions;
    }

    private static String versionOf(Class<?> type, String fallback) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? fallback : version;
    }

    /** The JSON mapper of manifests (non-numeric numbers allowed, unknown fields ignored). */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
