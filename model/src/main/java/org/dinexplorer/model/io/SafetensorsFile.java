package org.dinexplorer.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.network.DinModel;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads a model's weights as safetensors: an 8-byte little-endian header length, a JSON header naming
 * each tensor's dtype ({@code F32}), shape and byte range, then the raw little-endian values. Tensor names are those
 * of {@link NamedTensor}; the header's {@code __metadata__} (string values only, as the format requires) holds
 * {@code format}, {@code format_version}, {@code config} and {@code schema} (JSON as in model files) and
 * {@code dataset_fingerprint}, so a file alone rebuilds the network. Floats are copied bit for bit both ways.
 */
public final class SafetensorsFile {

    /** Value of the metadata's {@code format} entry. */
    public static final String FORMAT = "din-explorer-weights";
    /** Metadata layout version written by this code and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** A header larger than this is not a weights file of ours (real headers are a few kilobytes). */
    private static final long MAX_HEADER_BYTES = 16L << 20;
    private static final int CHUNK_BYTES = 1 << 18;

    private SafetensorsFile() {
    }

    /**
     * Saves the weights of {@code model} (through a temporary file and an atomic move).
     *
     * @param datasetFingerprint fingerprint of the data the model was trained on
     * @throws ModelFileException when the file cannot be written
     */
    public static void save(Path file, DinModel model, String datasetFingerprint) {
        List<NamedTensor> tensors = NamedTensor.of(model);
        byte[] header = header(model, datasetFingerprint, tensors);
        try {
            AtomicFile.write(file, target -> writeWeights(new BufferedOutputStream(target, 1 << 20), header, tensors));
        } catch (IOException e) {
            throw new ModelFileException("cannot write weights file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeWeights(OutputStream buffered, byte[] header, List<NamedTensor> tensors)
            throws IOException {
        try (OutputStream out = buffered) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            out.write(header);
            for (NamedTensor t : tensors) {
                FloatEntries.write(out, t.values());
            }
        }
    }

    private static byte[] header(DinModel model, String fingerprint, List<NamedTensor> tensors) {
        ObjectMapper mapper = ModelFile.mapper();
        Map<String, Object> json = new LinkedHashMap<>();
        try {
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("format", FORMAT);
            metadata.put("format_version", Integer.toString(FORMAT_VERSION));
            metadata.put("config", mapper.writeValueAsString(model.config()));
            metadata.put("schema", mapper.writeValueAsString(model.schema()));
            metadata.put("dataset_fingerprint", fingerprint);
            metadata.put("created_at", Instant.now().toString());
            json.put("__metadata__", metadata);
            long offset = 0;
            for (NamedTensor t : tensors) {
                long end = offset + 4L * t.values().length;
                json.put(t.name(), Map.of("dtype", "F32", "shape", t.shape(), "data_offsets", new long[] {offset, end}));
                offset = end;
            }
            byte[] text = mapper.writeValueAsBytes(json);
            // the format pads the header with spaces so that the tensor data starts 8-byte aligned
            int padded = (text.length + 7) / 8 * 8;
            byte[] out = java.util.Arrays.copyOf(text, padded);
            java.util.Arrays.fill(out, text.length, padded, (byte) ' ');
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the safetensors header", e);
        }
    }

    /**
     * Loads a weights file written by {@link #save} (or by a trainer that follows the same names and metadata).
     *
     * @param expectedFingerprint fingerprint of the data the caller will use the model with; null skips the check
     * @throws ModelFileException when the file is missing, not safetensors, not ours, damaged or truncated, when a
     *                            tensor is missing, extra or of another shape or dtype, or when it was trained on
     *                            other data
     */
    public static LoadedModel load(Path file, @Nullable String expectedFingerprint) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("no weights file at " + file);
        }
        try (FileChannel channel = FileChannel.open(file)) {
            SafetensorsHeader header = SafetensorsHeader.read(channel, name, MAX_HEADER_BYTES);
            DinConfig config = metadataJson(header, "config", DinConfig.class, name);
            FeatureSchema schema = metadataJson(header, "schema", FeatureSchema.class, name);
            String fingerprint = header.metadata("dataset_fingerprint");
            if (expectedFingerprint != null && !expectedFingerprint.equals(fingerprint)) {
                throw new ModelFileException(name + " was trained on data with fingerprint " + fingerprint
                        + ", but the current data has fingerprint " + expectedFingerprint + "; export the training "
                        + "set of this database again and train on it, or open the matching database");
            }
            DinModel model = new DinModel(config, schema, 0L);
            List<NamedTensor> tensors = NamedTensor.of(model);
            header.requireExactly(tensors);
            for (NamedTensor t : tensors) {
                readFloats(channel, header.dataStart() + header.begin(t.name()), t.values(), name, t.name());
            }
            ModelFileInfo info = new ModelFileInfo(FORMAT, FORMAT_VERSION, fingerprint, config, schema, false, null,
                    Map.of(), header.metadataOrEmpty("created_at"));
            return new LoadedModel(model, info);
        } catch (IOException e) {
            throw new ModelFileException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T metadataJson(SafetensorsHeader header, String key, Class<T> type, String name) {
        String text = header.metadata(key);
        try {
            JsonNode node = ModelFile.mapper().readTree(text);
            return ModelFile.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ModelFileException(name + ": the '" + key + "' metadata is invalid (" + e.getMessage() + ")",
                    e);
        }
    }

    private static void readFloats(FileChannel channel, long position, float[] target, String name, String tensor)
            throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int done = 0;
        long at = position;
        while (done < target.length) {
            int count = Math.min(CHUNK_BYTES / 4, target.length - done);
            bytes.clear().limit(count * 4);
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, at + bytes.position()) < 0) {
                    throw new ModelFileException(name + ": tensor '" + tensor + "' is truncated");
                }
            }
            bytes.flip();
            bytes.asFloatBuffer().get(target, done, count);
            done += count;
            at += count * 4L;
        }
    }
}
