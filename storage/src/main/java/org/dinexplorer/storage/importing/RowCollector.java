package org.dinexplorer.storage.importing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * FastCSV callback that copies each record into one reused {@link ParsedRow} instead of building strings, so that
 * reading a row allocates nothing.
 */
final class RowCollector extends AbstractBaseCsvCallbackHandler<ParsedRow> {

    private final ParsedRow row;

    RowCollector(ParsedRow row) {
        this.row = row;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        row.begin(startingLineNumber);
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        row.addField(buf, offset, len);
    }

    @Override
    protected ParsedRow buildRecord() {
        return row;
    }
}
