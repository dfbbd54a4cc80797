package org.dinexplorer.storage.samples;

import org.dinexplorer.storage.StorageException;

/**
 * Unpacks the values the behaviour scans pack in SQL to save JDBC calls: {@code (user << 32) | time_stamp} and
 * {@code (cate << 3) | btag}. A value outside 0 .. 2^31-1 stops the build with a message.
 */
final class PackedRows {

    private PackedRows() {
    }

    static int user(long userAndTime) {
        long user = userAndTime >> 32;
        if (user < 0 || user > Integer.MAX_VALUE) {
            throw outOfRange("user or time_stamp");
        }
        return (int) user;
    }

    static int time(long userAndTime) {
        long time = userAndTime & 0xFFFFFFFFL;
        if (time > Integer.MAX_VALUE) {
            throw outOfRange("user or time_stamp");
        }
        return (int) time;
    }

    static long cateAndTag(long cateAndTag) {
        long cate = cateAndTag >> 3;
        if (cate < 0 || cate > Integer.MAX_VALUE) {
            throw outOfRange("cate");
        }
        return cateAndTag;
    }

    /** Values are packed in SQL, so an out-of-range value cannot be shown reliably; the column is named instead. */
    private static StorageException outOfRange(String columns) {
        return new StorageException("Table behaviors: a value in column " + columns + " is outside 0 .. 2^31-1. "
                + "Taobao ids and timestamps fit that range; is the data from another dataset?");
    }
}
