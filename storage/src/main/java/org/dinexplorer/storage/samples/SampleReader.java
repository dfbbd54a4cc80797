package org.dinexplorer.storage.samples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * Reads the built dataset of a database: encoded samples of one split in its stable order (impression time, then
 * user, then rowid) or at any positions, so callers can shuffle with their own seed. The impression and behaviour
 * columns stay in their memory-mapped files (see {@link ColumnFile}); the heap holds the encoded user and ad tables
 * and each split's positions (4 bytes per sample). Histories are slices of the per-user behaviour columns and are
 * encoded when read. Immutable after {@link #open} (the per-split user index is built once, under a lock, when first
 * asked for), so any number of threads may read at once.
 */
public final class SampleReader {

    private final DatasetStore.Stored stored;
    private final DatasetArrays data;
    private final int historyLength;
    private final int[][] positions;
    private final UsersOfSplit[] usersOfSplits = new UsersOfSplit[Split.values().length];
    private final int[][] userEncoded;
    private final int[][] adEncoded;
    private final int[] pidEncoded;
    private final float[] priceEncoded;
    private final Vocabulary cate;
    private final Vocabulary brand;
    private final Vocabulary btag;

    private SampleReader(DatasetStore.Stored stored, DatasetArrays data) {
        this.stored = stored;
        this.data = data;
        this.historyLength = stored.summary().config().historyLength();
        Map<String, Vocabulary> vocabs = stored.vocabularies();
        this.cate = vocabs.get("cate_id");
        this.brand = vocabs.get("brand");
        this.btag = vocabs.get(SampleFields.BTAG);
        this.positions = splitPositions(data);
        this.userEncoded = encode(data.userColumns, SampleFields.USER_FIELDS, vocabs);
        this.adEncoded = encode(data.adColumns, SampleFields.AD_FIELDS.subList(0, SampleFields.AD_TABLE_FIELDS),
                vocabs);
        Vocabulary pid = vocabs.get("pid");
        this.pidEncoded = new int[data.pidLabels.size()];
        for (int code = 0; code < pidEncoded.length; code++) {
            pidEncoded[code] = pid.indexOf(code);
        }
        double mean = stored.summary().priceMean();
        double std = stored.summary().priceStd();
        this.priceEncoded = new float[data.adPrice.length];
        for (int a = 0; a < priceEncoded.length; a++) {
            float raw = data.adPrice[a];
            priceEncoded[a] = Float.isNaN(raw) ? 0f : (float) ((Math.log1p(Math.max(0, raw)) - mean) / std);
        }
    }

    /**
     * Opens the dataset built for {@code database}.
     *
     * @throws StorageException if no dataset was built, or its folder is missing or belongs to another build
     */
    public static SampleReader open(Database database) {
        DatasetStore.Stored stored;
        try (Connection connection = database.connect()) {
            stored = DatasetStore.load(connection).orElseThrow(() -> new StorageException("No training set has been "
                    + "built for " + database.file() + " yet. Build it first (Data view or 'build-dataset')."));
        } catch (SQLException e) {
            throw new StorageException("Cannot read the training set of " + database.file() + ": " + e.getMessage(),
                    e);
        }
        Path folder = DatasetBuilder.datasetFolder(database.file());
        String onDisk = DatasetArrays.readFingerprint(folder);
        if (!onDisk.equals(stored.summary().fingerprint())) {
            throw new StorageException("The dataset folder " + folder + " belongs to another build (fingerprint "
                    + onDisk + ", database says " + stored.summary().fingerprint() + "). Build the training set again.");
        }
        return new SampleReader(stored, DatasetArrays.open(folder));
    }

    /**
     * The summary of the dataset built for {@code database}, without loading its arrays; empty if none was built.
     *
     * @throws StorageException if the database cannot be read
     */
    public static java.util.Optional<DatasetSummary> findSummary(Database database) {
        try (Connection connection = database.connect()) {
            return DatasetStore.load(connection, false).map(DatasetStore.Stored::summary);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the training set of " + database.file() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The canonical fingerprint text of the dataset built for {@code database} (one {@code key=value} per line),
     * without loading its arrays; empty if none was built. Compare two texts with
     * {@link DatasetFingerprint#differences}.
     *
     * @throws StorageException if the database cannot be read
     */
    public static java.util.Optional<String> findFingerprintText(Database database) {
        try (Connection connection = database.connect()) {
            return DatasetStore.load(connection, false).map(DatasetStore.Stored::fingerprintText);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the training set of " + database.file() + ": " + e.getMessage(),
                    e);
        }
    }

    private static int[][] splitPositions(DatasetArrays data) {
        int[] counts = new int[Split.values().length];
        int n = data.impressionCount();
        for (int i = 0; i < n; i++) {
            byte code = data.split.getByte(i);
            if (code < counts.length) {
                counts[code]++;
            }
        }
        int[][] result = new int[counts.length][];
        for (int s = 0; s < counts.length; s++) {
            result[s] = new int[counts[s]];
        }
        int[] next = new int[counts.length];
        for (int i = 0; i < n; i++) {
            byte code = data.split.getByte(i);
            if (code < counts.length) {
                result[code][next[code]++] = i;
            }
        }
        return result;
    }

    private static int[][] encode(int[][] columns, List<String> fields, Map<String, Vocabulary> vocabs) {
        int[][] encoded = new int[columns.length][];
        for (int f = 0; f < columns.length; f++) {
            Vocabulary vocab = vocabs.get(fields.get(f));
            encoded[f] = new int[columns[f].length];
            for (int k = 0; k < columns[f].length; k++) {
                encoded[f][k] = vocab.indexOf(columns[f][k]);
            }
        }
        return encoded;
    }

    /** Sizes, settings and fingerprint of the dataset. */
    public DatasetSummary summary() {
        return stored.summary();
    }

    /** SHA-256 fingerprint of the dataset. */
    public String fingerprint() {
        return stored.summary().fingerprint();
    }

    /** The text the fingerprint hashes, one {@code key=value} per line. */
    public String fingerprintText() {
        return stored.fingerprintText();
    }

    /** Every vocabulary by table name, in schema order (user fields, ad fields, btag). */
    public Map<String, Vocabulary> vocabularies() {
        return stored.vocabularies();
    }

    /** Behaviours per history row (L). */
    public int historyLength() {
        return historyLength;
    }

    /** Number of samples in {@code split}. */
    public int sampleCount(Split split) {
        return positions[split.ordinal()].length;
    }

    /**
     * Encodes the samples at positions {@code order[from] .. order[from + count - 1]} of {@code split}.
     *
     * @param order positions in the split's stable order (e.g. a seeded permutation of 0..n-1)
     * @param from  first entry of {@code order} to read
     * @param count samples to read, at least 1
     */
    public EncodedSamples read(Split split, int[] order, int from, int count) {
        int[] splitPositions = positions[split.ordinal()];
        EncodedSamples out = EncodedSamples.allocate(count, historyLength);
        for (int k = 0; k < count; k++) {
            fill(out, k, splitPositions[order[from + k]]);
        }
        return out;
    }

    /** Encodes {@code count} samples of {@code split} in stable order starting at position {@code from}. */
    public EncodedSamples readRange(Split split, int from, int count) {
        int[] splitPositions = positions[split.ordinal()];
        EncodedSamples out = EncodedSamples.allocate(count, historyLength);
        for (int k = 0; k < count; k++) {
            fill(out, k, splitPositions[from + k]);
        }
        return out;
    }

    private void fill(EncodedSamples out, int k, int i) {
        int user = data.userDense.getInt(i);
        int ad = data.adDense.getInt(i);
        for (int f = 0; f < userEncoded.length; f++) {
            out.userFeatures()[f][k] = userEncoded[f][user];
        }
        for (int f = 0; f < adEncoded.length; f++) {
            out.adFeatures()[f][k] = adEncoded[f][ad];
        }
        out.adFeatures()[SampleFields.PID][k] = pidEncoded[data.pidCode.getByte(i)];
        out.price()[k] = priceEncoded[ad];
        out.labels()[k] = data.clk.getByte(i);
        out.userIds()[k] = data.userColumns[0][user];
        out.sampleIds()[k] = data.rowIds.getLong(i);
        int length = data.histLen.getShort(i);
        int end = data.histEnd.getInt(i);
        int time = data.time.getInt(i);
        out.historyLengths()[k] = length;
        int cell = k * historyLength + historyLength - length;
        for (int b = end - length; b < end; b++, cell++) {
            out.histCate()[cell] = cate.indexOf(data.behCate.getInt(b));
            out.histBrand()[cell] = brand.indexOf(data.behBrand.getInt(b));
            out.histBtag()[cell] = btag.indexOf(data.behBtag.getByte(b));
            out.histAge()[cell] = time - data.behTime.getInt(b);
        }
    }

    /** The sample at {@code position} of {@code split} with raw values and its history. */
    public SampleDetail detail(Split split, int position) {
        int i = positions[split.ordinal()][position];
        int ad = data.adDense.getInt(i);
        int[] adFields = new int[SampleFields.AD_TABLE_FIELDS];
        for (int f = 0; f < adFields.length; f++) {
            adFields[f] = data.adColumns[f][ad];
        }
        int end = data.histEnd.getInt(i);
        int time = data.time.getInt(i);
        List<HistoryItem> history = new ArrayList<>();
        for (int b = end - data.histLen.getShort(i); b < end; b++) {
            int behaviorTime = data.behTime.getInt(b);
            history.add(new HistoryItem(behaviorTime, data.behCate.getInt(b), data.behBrand.getInt(b),
                    data.behBtag.getByte(b), (time - (long) behaviorTime) / 3600.0));
        }
        return new SampleDetail(split, position, data.rowIds.getLong(i),
                data.userColumns[0][data.userDense.getInt(i)], time, adFields, data.adPrice[ad],
                data.pidLabels.get(data.pidCode.getByte(i)), data.clk.getByte(i) == 1, history);
    }

    /** Positions (in {@code split}'s stable order) of the samples of user {@code userId}; empty if none. */
    public int[] positionsOfUser(Split split, int userId) {
        return usersOf(split).positionsOf(userId);
    }

    /** Calls {@code action} once per user of {@code split}, ascending by id, with the user's positions and id. */
    public void forEachUser(Split split, ObjIntConsumer<int[]> action) {
        usersOf(split).forEachUser(action);
    }

    /** Where each ad first occurs in {@code split}, with its category (one pass over the split's ad column). */
    public FirstAdPositions firstAdPositions(Split split) {
        int[] splitPositions = positions[split.ordinal()];
        int[] ads = adEncoded[0];
        int[] cates = adEncoded[SampleFields.CATE];
        return FirstAdPositions.of(splitPositions.length, p -> ads[data.adDense.getInt(splitPositions[p])],
                p -> cates[data.adDense.getInt(splitPositions[p])], vocabularies().get("adgroup_id").size());
    }

    /** Whether the sample at {@code position} of {@code split} was clicked. */
    public boolean clicked(Split split, int position) {
        return data.clk.getByte(positions[split.ordinal()][position]) == 1;
    }

    private synchronized UsersOfSplit usersOf(Split split) {
        UsersOfSplit users = usersOfSplits[split.ordinal()];
        if (users == null) {
            int[] splitPositions = positions[split.ordinal()];
            users = UsersOfSplit.of(splitPositions.length,
                    p -> data.userColumns[0][data.userDense.getInt(splitPositions[p])]);
            usersOfSplits[split.ordinal()] = users;
        }
        return users;
    }
}
