package org.dinexplorer.storage.samples;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dinexplorer.storage.StorageException;

/** Reads integer columns that must fit a Java {@code int}; a value outside that range stops the build. */
final class SqlInts {

    private SqlInts() {
    }

    static int get(ResultSet row, int column, String table, String name) throws SQLException {
        long value = row.getLong(column);
        if (value < Integer.MIN_VALUE + 1 || value > Integer.MAX_VALUE) {
            throw new StorageException("Table " + table + ", column " + name + ": value " + value
                    + " does not fit a 32-bit id. Taobao ids are below 2^31; is the file from another dataset?");
        }
        return (int) value;
    }
}
