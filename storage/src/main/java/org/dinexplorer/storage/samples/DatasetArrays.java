package org.dinexplorer.storage.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.StorageException;

/**
 * The columns of a built dataset, one raw little-endian file per column in the dataset folder. Impressions are in
 * sample order; users and ads in dense order; behaviours grouped by user and sorted by time. Categorical values are
 * raw (vocabularies are applied when reading) so the explore views can show the real ids.
 *
 * <p>The impression and behaviour columns (29 and 13 bytes per item) stay in their memory-mapped files; only the
 * per-user and per-ad tables and the {@code pid} labels are read into the heap.
 */
final class DatasetArrays {

    /** Written last, so a folder without it is an unfinished build. */
    static final String FINGERPRINT_FILE = "fingerprint.txt";
    private static final String PID_LABELS_FILE = "pid_labels.txt";

    /** The mapped columns: file name and value width in bytes. */
    enum Column {
        IMP_ROWID("imp_rowid.i64", Long.BYTES),
        IMP_USER("imp_user.i32", Integer.BYTES),
        IMP_AD("imp_ad.i32", Integer.BYTES),
        IMP_PID("imp_pid.i8", 1),
        IMP_CLK("imp_clk.i8", 1),
        IMP_TIME("imp_time.i32", Integer.BYTES),
        IMP_SPLIT("imp_split.i8", 1),
        IMP_HIST_END("imp_hist_end.i32", Integer.BYTES),
        IMP_HIST_LEN("imp_hist_len.i16", Short.BYTES),
        BEH_TIME("beh_time.i32", Integer.BYTES),
        BEH_CATE("beh_cate.i32", Integer.BYTES),
        BEH_BRAND("beh_brand.i32", Integer.BYTES),
        BEH_BTAG("beh_btag.i8", 1);

        private final String fileName;
        private final int width;

        Column(String fileName, int width) {
            this.fileName = fileName;
            this.width = width;
        }

        /** Creates the column in {@code dir} with room for {@code length} values, all zero. */
        ColumnFile create(Path dir, long length) {
            return ColumnFile.create(dir.resolve(fileName), length, width);
        }

        ColumnFile open(Path dir) {
            return ColumnFile.open(dir.resolve(fileName), width);
        }
    }

    final ColumnFile rowIds;
    final ColumnFile userDense;
    final ColumnFile adDense;
    final ColumnFile pidCode;
    final ColumnFile clk;
    final ColumnFile time;
    final ColumnFile split;
    final ColumnFile histEnd;
    final ColumnFile histLen;
    final ColumnFile behTime;
    final ColumnFile behCate;
    final ColumnFile behBrand;
    final ColumnFile behBtag;
    final int[][] userColumns;
    final int[][] adColumns;
    final float[] adPrice;
    final List<String> pidLabels;

    private DatasetArrays(Path dir) {
        rowIds = Column.IMP_ROWID.open(dir);
        userDense = Column.IMP_USER.open(dir);
        adDense = Column.IMP_AD.open(dir);
        pidCode = Column.IMP_PID.open(dir);
        clk = Column.IMP_CLK.open(dir);
        time = Column.IMP_TIME.open(dir);
        split = Column.IMP_SPLIT.open(dir);
        histEnd = Column.IMP_HIST_END.open(dir);
        histLen = Column.IMP_HIST_LEN.open(dir);
        behTime = Column.BEH_TIME.open(dir);
        behCate = Column.BEH_CATE.open(dir);
        behBrand = Column.BEH_BRAND.open(dir);
        behBtag = Column.BEH_BTAG.open(dir);
        userColumns = new int[SampleFields.USER_FIELDS.size()][];
        for (int f = 0; f < userColumns.length; f++) {
            userColumns[f] = ColumnFile.open(userFile(dir, f), Integer.BYTES).toIntArray();
        }
        adColumns = new int[SampleFields.AD_TABLE_FIELDS][];
        for (int f = 0; f < adColumns.length; f++) {
            adColumns[f] = ColumnFile.open(adFile(dir, f), Integer.BYTES).toIntArray();
        }
        int[] priceBits = ColumnFile.open(dir.resolve("ad_price.f32"), Float.BYTES).toIntArray();
        adPrice = new float[priceBits.length];
        for (int a = 0; a < adPrice.length; a++) {
            adPrice[a] = Float.intBitsToFloat(priceBits[a]);
        }
        try {
            pidLabels = List.copyOf(Files.readAllLines(dir.resolve(PID_LABELS_FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StorageException("Cannot read the dataset folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Maps the columns of the dataset folder {@code dir}. */
    static DatasetArrays open(Path dir) {
        return new DatasetArrays(dir);
    }

    int impressionCount() {
        return rowIds.intLength();
    }

    /** Writes the per-user and per-ad tables and the {@code pid} labels into {@code dir}. */
    static void writeTables(Path dir, int[][] userColumns, int[][] adColumns, float[] adPrice, List<String> pidLabels) {
        for (int f = 0; f < userColumns.length; f++) {
            ColumnFile.create(userFile(dir, f), userColumns[f].length, Integer.BYTES).putInts(userColumns[f]);
        }
        for (int f = 0; f < adColumns.length; f++) {
            ColumnFile.create(adFile(dir, f), adColumns[f].length, Integer.BYTES).putInts(adColumns[f]);
        }
        ColumnFile.create(dir.resolve("ad_price.f32"), adPrice.length, Float.BYTES).putFloats(adPrice);
        try {
            Files.write(dir.resolve(PID_LABELS_FILE), pidLabels, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("Cannot write the dataset folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static void writeFingerprint(Path dir, String fingerprint) {
        try {
            Files.writeString(dir.resolve(FINGERPRINT_FILE), fingerprint, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("Cannot write the dataset folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static String readFingerprint(Path dir) {
        try {
            return Files.readString(dir.resolve(FINGERPRINT_FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StorageException("The dataset folder " + dir + " is missing or incomplete. Build the training "
                    + "set again.", e);
        }
    }

    private static Path userFile(Path dir, int field) {
        return dir.resolve("user_" + SampleFields.USER_FIELDS.get(field) + ".i32");
    }

    private static Path adFile(Path dir, int field) {
        return dir.resolve("ad_" + SampleFields.AD_FIELDS.get(field) + ".i32");
    }
}
