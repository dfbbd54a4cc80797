package org.dinexplorer.storage.samples;

import java.nio.file.Path;
import java.sql.SQLException;
import org.dinexplorer.storage.StorageException;

/**
 * Finds, for every impression, the last {@code L} behaviours of its user strictly before the impression's second,
 * without sorting the behaviour table and without keeping behaviours no history needs.
 *
 * <p>Each user's distinct impression times T1 &lt; ... &lt; Tk cut the user's timeline into gaps: gap g holds the
 * behaviours with T(g) &lt;= t &lt; T(g+1). The history of an impression at T(j) is the tail of gaps 0..j-1, so only
 * the latest {@code L} behaviours of each gap below k can ever be needed. Two sequential scans of {@code behaviors}
 * (in storage order) count each gap and then keep the latest {@code L} per gap with a bounded heap; each gap is then
 * sorted, and an impression's slice ends where its gap begins. Behaviours after a user's last impression and users
 * without impressions are dropped.
 */
final class HistoryBuilder {

    private final int historyLength;
    private final IdIndex users;
    private final int[] gapUserStart;
    private final int[] gapTime;

    /**
     * @param users      dense index of users with impressions
     * @param userDense  dense user of each impression
     * @param time       time of each impression
     */
    HistoryBuilder(int historyLength, IdIndex users, int[] userDense, int[] time) {
        this.historyLength = historyLength;
        this.users = users;
        long[] keys = new long[time.length];
        for (int i = 0; i < time.length; i++) {
            keys[i] = ((long) userDense[i] << 32) | (time[i] & 0xFFFFFFFFL);
        }
        int[] order = RadixSort.order(keys);
        gapUserStart = new int[users.size() + 1];
        int[] distinct = new int[time.length];
        int gaps = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k > 0 && userDense[order[k - 1]] == userDense[i] && time[order[k - 1]] == time[i]) {
                continue;
            }
            distinct[gaps++] = time[i];
            gapUserStart[userDense[i] + 1] = gaps;
        }
        for (int u = 1; u <= users.size(); u++) {
            gapUserStart[u] = Math.max(gapUserStart[u], gapUserStart[u - 1]);
        }
        gapTime = java.util.Arrays.copyOf(distinct, gaps);
    }

    /**
     * Writes the behaviour columns of {@code dir} (the kept behaviours, grouped by user and sorted by (time, btag,
     * cate, brand)) and every impression's slice end and length; returns the behaviour rows read.
     */
    long build(BehaviorScan scan, Path dir, int[] userDense, int[] time) throws SQLException {
        int[] counts = new int[gapTime.length];
        long read = scan.countGaps(this::gapOf, counts);
        int[] gapStart = new int[gapTime.length + 1];
        long total = 0;
        for (int g = 0; g < counts.length; g++) {
            total += Math.min(counts[g], historyLength);
            if (total > Integer.MAX_VALUE - 8) {
                throw new StorageException("Histories need more than 2^31 behaviours; choose a shorter history length");
            }
            gapStart[g + 1] = (int) total;
        }
        GapHeaps kept = new GapHeaps(dir, (int) total, gapStart, counts, historyLength);
        scan.collect(this::gapOf, kept);
        kept.sortGaps();
        writeSlices(dir, gapStart, userDense, time);
        return read;
    }

    /** Global gap id of a behaviour, or -1 when no impression of its user comes after it. */
    private int gapOf(int userRaw, int t) {
        int u = users.indexOf(userRaw);
        if (u < 0) {
            return -1;
        }
        int from = gapUserStart[u];
        int to = gapUserStart[u + 1];
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (gapTime[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == to ? -1 : lo;
    }

    /** Impression {@code i} sees behaviours {@code [end[i] - length[i], end[i])}: its gap's start, back L at most. */
    private void writeSlices(Path dir, int[] gapStart, int[] userDense, int[] time) {
        int n = time.length;
        ColumnFile end = DatasetArrays.Column.IMP_HIST_END.create(dir, n);
        ColumnFile length = DatasetArrays.Column.IMP_HIST_LEN.create(dir, n);
        for (int i = 0; i < n; i++) {
            int u = userDense[i];
            int first = gapUserStart[u];
            int gap = java.util.Arrays.binarySearch(gapTime, first, gapUserStart[u + 1], time[i]);
            int sliceEnd = gapStart[gap + 1];
            end.putInt(i, sliceEnd);
            length.putShort(i, (short) Math.min(historyLength, sliceEnd - gapStart[first]));
        }
    }
}
