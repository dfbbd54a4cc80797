package org.dinexplorer.app.service.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.export.AtomicFiles;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.ModelInputs;
import org.dinexplorer.model.data.TimeGapBuckets;
import org.dinexplorer.storage.samples.Split;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * The {@code manifest.json} and vocabulary files of an exported training set: which arrays each split folder holds
 * (name, dtype, dimensions, role, embedding table), the vocabulary sizes, the history length, the fields in model
 * order and the training set's fingerprint, which weights trained on the export carry back to {@code import-model}.
 */
final class DatasetManifest {

    /** Value of the manifest's {@code format} field. */
    static final String FORMAT = "din-explorer-dataset";
    /** Array of click labels, float32 {@code [N]}. */
    static final String LABEL = "label";
    /** Folder of the vocabulary CSV files. */
    static final String VOCABULARY_FOLDER = "vocab";

    /**
     * One array of a split folder.
     *
     * @param name  file name without {@code .npy}
     * @param dtype {@code int32}, {@code int64} or {@code float32}
     * @param dims  {@code ["N"]} or {@code ["N", "L"]}
     * @param role  {@code input} (feeds the model input of the same name), {@code label} or {@code key} (raw ids)
     * @param table the embedding table an id array indexes, or null
     */
    record ArrayInfo(String name, String dtype, List<String> dims, String role, String table) {
    }

    private DatasetManifest() {
    }

    /** Every array of a split folder: the model inputs (with the history context's time gaps), label, raw keys. */
    static List<ArrayInfo> arrays(FeatureSchema schema) {
        List<ArrayInfo> arrays = new ArrayList<>();
        List<String> fields = new ArrayList<>(schema.userFields());
        fields.addAll(schema.adFields());
        for (String field : fields) {
            arrays.add(new ArrayInfo(ModelInputs.field(field), "int32", List.of("N"), "input", field));
        }
        arrays.add(new ArrayInfo(ModelInputs.PRICE, "float32", List.of("N"), "input", null));
        arrays.add(new ArrayInfo(ModelInputs.HIST_CATE, "int32", List.of("N", "L"), "input", FeatureSchema.CATE_TABLE));
        arrays.add(new ArrayInfo(ModelInputs.HIST_BRAND, "int32", List.of("N", "L"), "input",
                FeatureSchema.BRAND_TABLE));
        arrays.add(new ArrayInfo(ModelInputs.HIST_BTAG, "int32", List.of("N", "L"), "input", FeatureSchema.BTAG_TABLE));
        arrays.add(new ArrayInfo(ModelInputs.HIST_TIME_GAP, "int32", List.of("N", "L"), "input",
                FeatureSchema.TIME_GAP_TABLE));
        arrays.add(new ArrayInfo(ModelInputs.HIST_LENGTH, "int32", List.of("N"), "input", null));
        arrays.add(new ArrayInfo(LABEL, "float32", List.of("N"), "label", null));
        for (String key : List.of("user", "time_stamp", "adgroup_id")) {
            arrays.add(new ArrayInfo(key, "int64", List.of("N"), "key", null));
        }
        return arrays;
    }

    /** Writes {@code manifest.json} into {@code out}. */
    static void write(Dataset dataset, Path out, Map<Split, Integer> counts) {
        FeatureSchema schema = dataset.schema();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("format_version", 1);
        manifest.put("dataset_fingerprint", dataset.fingerprint());
        manifest.put("history_length", schema.historyLength());
        manifest.put("user_fields", schema.userFields());
        manifest.put("ad_fields", schema.adFields());
        Map<String, Integer> sizes = new LinkedHashMap<>();
        dataset.vocabularies().forEach((name, vocab) -> sizes.put(name, vocab.size()));
        sizes.put(FeatureSchema.TIME_GAP_TABLE, TimeGapBuckets.ROWS);
        manifest.put("vocabulary_sizes", sizes);
        Map<String, String> files = new LinkedHashMap<>();
        dataset.vocabularies().keySet().forEach(name -> files.put(name, VOCABULARY_FOLDER + "/" + name + ".csv"));
        manifest.put("vocabularies", files);
        Map<String, Integer> splits = new LinkedHashMap<>();
        counts.forEach((split, n) -> splits.put(split.id(), n));
        manifest.put("splits", splits);
        manifest.put("arrays", arrays(schema));
        try {
            byte[] json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            AtomicFiles.write(out.resolve("manifest.json"), stream -> stream.write(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
    }

    /**
     * Writes one {@code <table>.csv} per vocabulary, {@code index,raw,count,label} from index 2 on (0 is padding and
     * 1 unknown in every table); {@code raw} is {@code NULL} for a missing value, {@code label} the display text
     * (e.g. the {@code pid} string).
     */
    static void writeVocabularies(Dataset dataset, Path folder) {
        for (Vocabulary vocab : dataset.vocabularies().values()) {
            AtomicFiles.write(folder.resolve(vocab.name() + ".csv"), stream -> {
                try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(stream,
                        StandardCharsets.UTF_8))) {
                    csv.writeRecord("index", "raw", "count", "label");
                    for (int i = 2; i < vocab.size(); i++) {
                        int raw = vocab.rawValue(i);
                        csv.writeRecord(Integer.toString(i), raw == Vocabulary.MISSING ? "NULL" : Integer.toString(raw),
                                Long.toString(vocab.count(i)), vocab.label(i));
                    }
                }
            });
        }
    }
}
