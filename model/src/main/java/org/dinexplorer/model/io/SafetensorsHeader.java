package org.dinexplorer.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The parsed and checked header of a safetensors file: metadata strings and each tensor's dtype, shape and bytes. */
final class SafetensorsHeader {

    private record Entry(String dtype, long[] shape, long begin, long end) {
    }

    private final String fileName;
    private final long dataStart;
    private final Map<String, String> metadata;
    private final Map<String, Entry> entries;

    private SafetensorsHeader(String fileName, long dataStart, Map<String, String> metadata,
                              Map<String, Entry> entries) {
        this.fileName = fileName;
        this.dataStart = dataStart;
        this.metadata = metadata;
        this.entries = entries;
    }

    /** Reads the header; refuses a file that is not safetensors, not ours, of another version, or truncated. */
    static SafetensorsHeader read(FileChannel channel, String name, long maxHeaderBytes) throws IOException {
        long size = channel.size();
        ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        if (size < 8 || channel.read(lengthBytes, 0) != 8) {
            throw new ModelFileException(name + " is not a safetensors file (shorter than its 8-byte header length)");
        }
        long length = lengthBytes.flip().getLong();
        if (length < 2 || length > maxHeaderBytes || length > size - 8) {
            throw new ModelFileException(name + " is not a safetensors file (header length " + length + " in a file"
                    + " of " + size + " bytes)");
        }
        ByteBuffer text = ByteBuffer.allocate((int) length);
        while (text.hasRemaining() && channel.read(text, 8 + text.position()) > 0) {
            continue;
        }
        JsonNode root;
        try {
            root = ModelFile.mapper().readTree(text.array());
        } catch (IOException e) {
            throw new ModelFileException(name + " is not a safetensors file (its header is not JSON)", e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(name + " is not a safetensors file (its header is not a JSON object)");
        }
        Map<String, String> metadata = metadata(root.get("__metadata__"), name);
        Map<String, Entry> entries = entries(root, name, size - 8 - length);
        return new SafetensorsHeader(name, 8 + length, metadata, entries);
    }

    private static Map<String, String> metadata(JsonNode node, String name) {
        Map<String, String> out = new HashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        if (!SafetensorsFile.FORMAT.equals(out.get("format"))) {
            throw new ModelFileException(name + " is a safetensors file but not DIN Explorer weights: its metadata "
                    + "has no format '" + SafetensorsFile.FORMAT + "' with the network's config and schema (write it "
                    + "with export-model or interop/pytorch/train_ddp.py)");
        }
        if (!Integer.toString(SafetensorsFile.FORMAT_VERSION).equals(out.get("format_version"))) {
            throw new ModelFileException(name + " has weights format version " + out.get("format_version")
                    + "; this version of DIN Explorer reads version " + SafetensorsFile.FORMAT_VERSION + " only");
        }
        for (String key : List.of("config", "schema", "dataset_fingerprint")) {
            if (!out.containsKey(key)) {
                throw new ModelFileException(name + ": the metadata has no '" + key + "' entry");
            }
        }
        return out;
    }

    private static Map<String, Entry> entries(JsonNode root, String name, long dataBytes) {
        Map<String, Entry> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("__metadata__")) {
                continue;
            }
            JsonNode t = field.getValue();
            JsonNode shapeNode = t.path("shape");
            JsonNode offsets = t.path("data_offsets");
            if (!shapeNode.isArray() || !offsets.isArray() || offsets.size() != 2) {
                throw new ModelFileException(name + ": tensor '" + field.getKey() + "' has no valid shape and "
                        + "data_offsets in the header");
            }
            long[] shape = new long[shapeNode.size()];
            long count = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeNode.get(i).asLong();
                count *= shape[i];
            }
            Entry entry = new Entry(t.path("dtype").asText(), shape, offsets.get(0).asLong(), offsets.get(1).asLong());
            if (entry.begin < 0 || entry.end > dataBytes || entry.end - entry.begin != count * bytesPer(entry.dtype)) {
                throw new ModelFileException(name + ": tensor '" + field.getKey() + "' lies outside the file's "
                        + dataBytes + " data bytes or does not match its shape; the file is truncated or damaged");
            }
            out.put(field.getKey(), entry);
        }
        return out;
    }

    private static long bytesPer(String dtype) {
        return switch (dtype) {
            case "F64", "I64", "U64" -> 8;
            case "F32", "I32", "U32" -> 4;
            case "F16", "BF16", "I16", "U16" -> 2;
            default -> 1;
        };
    }

    /** A metadata entry known to be present. */
    String metadata(String key) {
        return metadata.get(key);
    }

    /** A metadata entry, or an empty string. */
    String metadataOrEmpty(String key) {
        return metadata.getOrDefault(key, "");
    }

    /** File offset of the first tensor byte. */
    long dataStart() {
        return dataStart;
    }

    /** Offset of a tensor's first byte from {@link #dataStart()}. */
    long begin(String tensor) {
        return entries.get(tensor).begin;
    }

    /**
     * Checks that the file holds exactly {@code expected}: the same names, F32 and the same shapes.
     *
     * @throws ModelFileException listing missing or extra tensors, or naming the first one of another dtype or shape
     */
    void requireExactly(List<NamedTensor> expected) {
        Set<String> missing = new TreeSet<>();
        Set<String> extra = new TreeSet<>(entries.keySet());
        List<String> wrong = new ArrayList<>();
        for (NamedTensor t : expected) {
            Entry e = entries.get(t.name());
            extra.remove(t.name());
            if (e == null) {
                missing.add(t.name());
            } else if (!e.dtype.equals("F32") || !Arrays.equals(e.shape, t.shape())) {
                wrong.add("'" + t.name() + "' is " + e.dtype + " " + Arrays.toString(e.shape) + ", expected F32 "
                        + Arrays.toString(t.shape()));
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty() || !wrong.isEmpty()) {
            throw new ModelFileException(fileName + " does not match the network its config and schema describe: "
                    + (missing.isEmpty() ? "" : "missing tensors " + missing + "; ")
                    + (extra.isEmpty() ? "" : "unexpected tensors " + extra + "; ")
                    + String.join("; ", wrong));
        }
    }
}
