package org.dinexplorer.app.service.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.dinexplorer.storage.samples.FirstAdPositions;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.SampleFields;
import org.dinexplorer.storage.samples.SampleReader;
import org.dinexplorer.storage.samples.Split;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * An opened training set: its three splits as batch sources, the model's feature schema, the vocabularies (raw id to
 * index and back) and per-sample details for the explore and attention views. Immutable; safe to share.
 */
public final class Dataset {

    private final SampleReader reader;
    private final FeatureSchema schema;

    Dataset(SampleReader reader) {
        this.reader = reader;
        Map<String, Integer> sizes = new LinkedHashMap<>();
        reader.vocabularies().forEach((name, vocab) -> sizes.put(name, vocab.size()));
        this.schema = new FeatureSchema(SampleFields.USER_FIELDS, SampleFields.AD_FIELDS, sizes,
                reader.historyLength());
    }

    /** Sizes, settings and fingerprint. */
    public DatasetSummary summary() {
        return reader.summary();
    }

    /** SHA-256 fingerprint that training runs record. */
    public String fingerprint() {
        return reader.fingerprint();
    }

    /** The canonical text behind the fingerprint, one {@code key=value} per line (for explaining a mismatch). */
    public String fingerprintText() {
        return reader.fingerprintText();
    }

    /** The model's view of the fields and table sizes. */
    public FeatureSchema schema() {
        return schema;
    }

    /** The training split. */
    public TrainingSetBatchSource train() {
        return source(Split.TRAIN);
    }

    /** The validation split (may hold no samples). */
    public TrainingSetBatchSource validation() {
        return source(Split.VALIDATION);
    }

    /** The test split. */
    public TrainingSetBatchSource test() {
        return source(Split.TEST);
    }

    /** Any split as a batch source. */
    public TrainingSetBatchSource source(Split split) {
        return new TrainingSetBatchSource(reader, split, schema);
    }

    /** Vocabularies by table name ({@code userid} ... {@code pid}, {@code btag}). */
    public Map<String, Vocabulary> vocabularies() {
        return reader.vocabularies();
    }

    /** One table's vocabulary; throws if the table does not exist. */
    public Vocabulary vocabulary(String table) {
        Vocabulary vocab = reader.vocabularies().get(table);
        if (vocab == null) {
            throw new IllegalArgumentException("no vocabulary '" + table + "'; tables are "
                    + reader.vocabularies().keySet());
        }
        return vocab;
    }

    /** Raw values of a sample, with its history (raw cate, brand, btag, age in hours per position). */
    public SampleDetail detail(Split split, int position) {
        return reader.detail(split, position);
    }

    /** Positions of a user's samples in a split, in the split's stable order. */
    public int[] positionsOfUser(Split split, int userId) {
        return reader.positionsOfUser(split, userId);
    }

    /** Calls {@code action} once per user of {@code split}, ascending by id, with the user's positions and id. */
    public void forEachUser(Split split, ObjIntConsumer<int[]> action) {
        reader.forEachUser(split, action);
    }

    /** Where each ad first occurs in {@code split}, with its category. */
    public FirstAdPositions firstAdPositions(Split split) {
        return reader.firstAdPositions(split);
    }

    /** Whether the sample at {@code position} of {@code split} was clicked. */
    public boolean clicked(Split split, int position) {
        return reader.clicked(split, position);
    }

    /** The samples at {@code positions} of {@code split} as one batch (for attention read-outs of chosen samples). */
    public Batch batchOf(Split split, int... positions) {
        return TrainingSetBatchSource.toBatch(reader.read(split, positions, 0, positions.length));
    }

    /** Number of samples in a split. */
    public int sampleCount(Split split) {
        return reader.sampleCount(split);
    }
}
