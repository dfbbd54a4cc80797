package org.dinexplorer.storage.samples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.storage.StorageException;

/**
 * All stored impressions in sample order: by time, then user, then storage order (rowid). That order is the stable
 * order of every split. {@code pid} strings are coded by their ascending order. Loading writes the rowid, time,
 * {@code pid} and click columns of the dataset folder; the user, time and ad columns the build still works with stay
 * in the heap (12 bytes per impression).
 */
final class ImpressionTable {

    private static final int CHECK_EVERY = 1 << 20;

    final int[] userRaw;
    final int[] time;
    final int[] adgroupRaw;
    final String[] pidLabels;

    private ImpressionTable(int[] userRaw, int[] time, int[] adgroupRaw, String[] pidLabels) {
        this.userRaw = userRaw;
        this.time = time;
        this.adgroupRaw = adgroupRaw;
        this.pidLabels = pidLabels;
    }

    int size() {
        return time.length;
    }

    /** Reads every impression, orders them and writes their rowid, time, pid and click columns into {@code dir}. */
    static ImpressionTable load(Connection connection, int n, Path dir, BuildListener listener, BooleanSupplier stop)
            throws SQLException {
        long[] rowIds = new long[n];
        int[] user = new int[n];
        int[] time = new int[n];
        int[] ad = new int[n];
        byte[] pid = new byte[n];
        byte[] clk = new byte[n];
        Map<String, Integer> pidSeen = new HashMap<>();
        String sql = "SELECT rowid, user, time_stamp, adgroup_id, pid, clk FROM impressions ORDER BY rowid";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            int i = 0;
            while (row.next() && i < n) {
                rowIds[i] = row.getLong(1);
                user[i] = SqlInts.get(row, 2, "impressions", "user");
                time[i] = SqlInts.get(row, 3, "impressions", "time_stamp");
                ad[i] = SqlInts.get(row, 4, "impressions", "adgroup_id");
                pid[i] = (byte) (int) pidSeen.computeIfAbsent(row.getString(5), key -> pidSeen.size());
                clk[i] = (byte) row.getInt(6);
                if (++i % CHECK_EVERY == 0) {
                    checkStop(stop);
                    listener.onProgress("Reading impressions", i, n);
                }
            }
        }
        String[] labels = pidSeen.keySet().stream().sorted().toArray(String[]::new);
        if (labels.length > Byte.MAX_VALUE) {
            throw new StorageException("Table impressions has " + labels.length + " distinct pid values; at most "
                    + Byte.MAX_VALUE + " are supported");
        }
        byte[] recode = new byte[pidSeen.size()];
        for (int code = 0; code < labels.length; code++) {
            recode[pidSeen.get(labels[code])] = (byte) code;
        }
        for (int i = 0; i < n; i++) {
            pid[i] = recode[pid[i]];
        }
        int[] order = sampleOrder(time, user);
        DatasetArrays.Column.IMP_ROWID.create(dir, n).putLongs(order, rowIds);
        DatasetArrays.Column.IMP_PID.create(dir, n).putBytes(order, pid);
        DatasetArrays.Column.IMP_CLK.create(dir, n).putBytes(order, clk);
        int[] timeSorted = permute(time, order);
        DatasetArrays.Column.IMP_TIME.create(dir, n).putInts(timeSorted);
        return new ImpressionTable(permute(user, order), timeSorted, permute(ad, order), labels);
    }

    /** The number of stored impressions. */
    static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM impressions")) {
            long count = row.next() ? row.getLong(1) : 0;
            if (count > Integer.MAX_VALUE - 8) {
                throw new StorageException("Table impressions has " + count + " rows; at most 2^31 are supported");
            }
            return (int) count;
        }
    }

    /** The order (time, user, rowid) of rows that arrive in rowid order: the radix sort is stable. */
    private static int[] sampleOrder(int[] time, int[] user) {
        long minTime = Long.MAX_VALUE;
        for (int t : time) {
            minTime = Math.min(minTime, t);
        }
        long[] keys = new long[time.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((time[i] - minTime) << 32) | (user[i] & 0xFFFFFFFFL);
        }
        return RadixSort.order(keys);
    }

    private static int[] permute(int[] values, int[] order) {
        int[] sorted = new int[values.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values[order[i]];
        }
        return sorted;
    }

    static void checkStop(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("Dataset build cancelled");
        }
    }
}
