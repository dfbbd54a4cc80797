package org.dinexplorer.storage.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.StorageException;

/**
 * The columns of a built dataset, stored one raw little-endian file per column in the dataset folder. Impressions are
 * in sample order; users and ads in dense order; behaviours grouped by user and sorted by time. Categorical values are
 * raw (vocabularies are applied when reading) so the explore views can show the real ids.
 */
final class DatasetArrays {

    /** Written last, so a folder without it is an unfinished build. */
    static final String FINGERPRINT_FILE = "fingerprint.txt";

    final long[] rowIds;
    final int[] userDense;
    final int[] adDense;
    final byte[] pidCode;
    final byte[] clk;
    final int[] time;
    final byte[] split;
    final int[] histEnd;
    final short[] histLen;
    final int[] behTime;
    final int[] behCate;
    final int[] behBrand;
    final byte[] behBtag;
    final int[][] userColumns;
    final int[][] adColumns;
    final float[] adPrice;
    final List<String> pidLabels;

    DatasetArrays(long[] rowIds, int[] userDense, int[] adDense, byte[] pidCode, byte[] clk, int[] time, byte[] split,
                  int[] histEnd, short[] histLen, int[] behTime, int[] behCate, int[] behBrand, byte[] behBtag,
                  int[][] userColumns, int[][] adColumns, float[] adPrice, List<String> pidLabels) {
        this.rowIds = rowIds;
        this.userDense = userDense;
        this.adDense = adDense;
        this.pidCode = pidCode;
        this.clk = clk;
        this.time = time;
        this.split = split;
        this.histEnd = histEnd;
        this.histLen = histLen;
        this.behTime = behTime;
        this.behCate = behCate;
        this.behBrand = behBrand;
        this.behBtag = behBtag;
        this.userColumns = userColumns;
        this.adColumns = adColumns;
        this.adPrice = adPrice;
        this.pidLabels = List.copyOf(pidLabels);
    }

    int impressionCount() {
        return rowIds.length;
    }

    void write(Path dir, String fingerprint) {
        ColumnFiles.writeLongs(dir.resolve("imp_rowid.i64"), rowIds);
        ColumnFiles.writeInts(dir.resolve("imp_user.i32"), userDense);
        ColumnFiles.writeInts(dir.resolve("imp_ad.i32"), adDense);
        ColumnFiles.writeBytes(dir.resolve("imp_pid.i8"), pidCode);
        ColumnFiles.writeBytes(dir.resolve("imp_clk.i8"), clk);
        ColumnFiles.writeInts(dir.resolve("imp_time.i32"), time);
        ColumnFiles.writeBytes(dir.resolve("imp_split.i8"), split);
        ColumnFiles.writeInts(dir.resolve("imp_hist_end.i32"), histEnd);
        ColumnFiles.writeShorts(dir.resolve("imp_hist_len.i16"), histLen);
        ColumnFiles.writeInts(dir.resolve("beh_time.i32"), behTime);
        ColumnFiles.writeInts(dir.resolve("beh_cate.i32"), behCate);
        ColumnFiles.writeInts(dir.resolve("beh_brand.i32"), behBrand);
        ColumnFiles.writeBytes(dir.resolve("beh_btag.i8"), behBtag);
        for (int f = 0; f < userColumns.length; f++) {
            ColumnFiles.writeInts(dir.resolve("user_" + SampleFields.USER_FIELDS.get(f) + ".i32"), userColumns[f]);
        }
        for (int f = 0; f < adColumns.length; f++) {
            ColumnFiles.writeInts(dir.resolve("ad_" + SampleFields.AD_FIELDS.get(f) + ".i32"), adColumns[f]);
        }
        ColumnFiles.writeFloats(dir.resolve("ad_price.f32"), adPrice);
        try {
            Files.write(dir.resolve("pid_labels.txt"), pidLabels, StandardCharsets.UTF_8);
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

    static DatasetArrays read(Path dir) {
        int[][] users = new int[SampleFields.USER_FIELDS.size()][];
        for (int f = 0; f < users.length; f++) {
            users[f] = ColumnFiles.readInts(dir.resolve("user_" + SampleFields.USER_FIELDS.get(f) + ".i32"));
        }
        int[][] ads = new int[SampleFields.AD_TABLE_FIELDS][];
        for (int f = 0; f < ads.length; f++) {
            ads[f] = ColumnFiles.readInts(dir.resolve("ad_" + SampleFields.AD_FIELDS.get(f) + ".i32"));
        }
        List<String> labels;
        try {
            labels = Files.readAllLines(dir.resolve("pid_labels.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("Cannot read the dataset folder " + dir + ": " + e.getMessage(), e);
        }
        return new DatasetArrays(ColumnFiles.readLongs(dir.resolve("imp_rowid.i64")),
                ColumnFiles.readInts(dir.resolve("imp_user.i32")), ColumnFiles.readInts(dir.resolve("imp_ad.i32")),
                ColumnFiles.readBytes(dir.resolve("imp_pid.i8")), ColumnFiles.readBytes(dir.resolve("imp_clk.i8")),
                ColumnFiles.readInts(dir.resolve("imp_time.i32")), ColumnFiles.readBytes(dir.resolve("imp_split.i8")),
                ColumnFiles.readInts(dir.resolve("imp_hist_end.i32")),
                ColumnFiles.readShorts(dir.resolve("imp_hist_len.i16")),
                ColumnFiles.readInts(dir.resolve("beh_time.i32")), ColumnFiles.readInts(dir.resolve("beh_cate.i32")),
                ColumnFiles.readInts(dir.resolve("beh_brand.i32")), ColumnFiles.readBytes(dir.resolve("beh_btag.i8")),
                users, ads, ColumnFiles.readFloats(dir.resolve("ad_price.f32")), labels);
    }
}
