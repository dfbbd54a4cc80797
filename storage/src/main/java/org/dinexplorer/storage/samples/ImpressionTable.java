package org.dinexplorer.storage.samples;

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
 * order of every split. {@code pid} strings are coded by their ascending order.
 */
final class ImpressionTable {

    private static final int CHECK_EVERY = 1 << 20;

    final long[] rowIds;
    final int[] userRaw;
    final int[] time;
    final int[] adgroupRaw;
    final byte[] pidCode;
    final byte[] clk;
    final String[] pidLabels;

    private ImpressionTable(long[] rowIds, int[] userRaw, int[] time, int[] adgroupRaw, byte[] pidCode, byte[] clk,
                            String[] pidLabels) {
        this.rowIds = rowIds;
        this.userRaw = userRaw;
        this.time = time;
        this.adgroupRaw = adgroupRaw;
        this.pidCode = pidCode;
        this.clk = clk;
        this.pidLabels = pidLabels;
    }

    int size() {
        return rowIds.length;
    }

    static ImpressionTable load(Connection connection, BuildListener listener, BooleanSupplier stop)
            throws SQLException {
        int n = count(connection);
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
        return new ImpressionTable(rowIds, user, time, ad, pid, clk, labels).inSampleOrder();
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM impressions")) {
            long count = row.next() ? row.getLong(1) : 0;
            if (count > Integer.MAX_VALUE - 8) {
                throw new StorageException("Table impressions has " + count + " rows; at most 2^31 are supported");
            }
            return (int) count;
        }
    }

    /** Reorders to (time, user, rowid); rows arrive in rowid order and the radix sort is stable. */
    private ImpressionTable inSampleOrder() {
        int n = size();
        long minTime = Long.MAX_VALUE;
        for (int t : time) {
            minTime = Math.min(minTime, t);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((time[i] - minTime) << 32) | (userRaw[i] & 0xFFFFFFFFL);
        }
        int[] order = RadixSort.order(keys);
        long[] rowIdsSorted = new long[n];
        int[] userSorted = new int[n];
        int[] timeSorted = new int[n];
        int[] adSorted = new int[n];
        byte[] pidSorted = new byte[n];
        byte[] clkSorted = new byte[n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            rowIdsSorted[i] = rowIds[from];
            userSorted[i] = userRaw[from];
            timeSorted[i] = time[from];
            adSorted[i] = adgroupRaw[from];
            pidSorted[i] = pidCode[from];
            clkSorted[i] = clk[from];
        }
        return new ImpressionTable(rowIdsSorted, userSorted, timeSorted, adSorted, pidSorted, clkSorted, pidLabels);
    }

    static void checkStop(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("Dataset build cancelled");
        }
    }
}
