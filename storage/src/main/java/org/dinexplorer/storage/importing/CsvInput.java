package org.dinexplorer.storage.importing;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Opens a Taobao file as a stream of {@link ParsedRow}s, checks its header and, before anything is written, whether
 * its first rows look like the right kind of file. Tolerates a UTF-8 byte order mark, CRLF line ends, quoted fields
 * and spaces around header names.
 */
final class CsvInput implements AutoCloseable {

    /** FastCSV keeps a whole record in its buffer; this bounds memory on a file without line breaks (32 MB). */
    static final int MAX_BUFFER_CHARS = 16 * 1024 * 1024;

    private final String fileName;
    private final FileRole role;
    private final FileSource source;
    private final CsvReader<ParsedRow> reader;
    private final CloseableIterator<ParsedRow> rows;
    private long lastLine;

    CsvInput(Path file, FileRole role, ImportConfig config) throws IOException {
        this.fileName = String.valueOf(file.getFileName());
        this.role = role;
        this.source = FileSource.open(file);
        ParsedRow row = new ParsedRow(role.columns().size(), config.maxLineChars());
        this.reader = CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(MAX_BUFFER_CHARS)
                .build(new RowCollector(row), source.data(), StandardCharsets.UTF_8);
        this.rows = reader.iterator();
    }

    FileSource source() {
        return source;
    }

    /**
     * The next record, or null at the end of the file.
     *
     * @throws ImportException if the file cannot be parsed any further (e.g. a record larger than the buffer)
     */
    @Nullable ParsedRow next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            ParsedRow row = rows.next();
            lastLine = row.line();
            return row;
        } catch (CsvParseException | UncheckedIOException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ImportException(fileName, lastLine + 1, fileName + ", after line " + lastLine
                    + ": the file cannot be read further (" + cause + "). Is it a complete, uncompressed "
                    + "or gzip CSV file?", e);
        }
    }

    /**
     * Reads and checks the header line.
     *
     * @throws ImportException if the file is empty or the header is not the expected one
     */
    void requireHeader() {
        ParsedRow header = next();
        if (header == null) {
            throw new ImportException(fileName, 1, fileName + ", line 1: the file has no header line; expected "
                    + "columns " + role.headerText() + ". Is this the " + role.stem() + " file?");
        }
        List<String> expected = role.columns();
        boolean matches = !header.tooLong() && header.fieldCount() == expected.size();
        for (int i = 0; matches && i < expected.size(); i++) {
            matches = header.field(i).toLowerCase(Locale.ROOT).equals(expected.get(i));
        }
        if (!matches) {
            throw new ImportException(fileName, header.line(), fileName + ", line " + header.line()
                    + ": expected columns " + role.headerText() + "; found " + describe(header) + ". Is this the "
                    + role.stem() + " file?");
        }
    }

    private static String describe(ParsedRow header) {
        if (header.tooLong()) {
            return "a line of more than " + header.rawText(Integer.MAX_VALUE).length() + " characters";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(header.fieldCount(), 12); i++) {
            names.add(RowImporter.shorten(header.field(i)));
        }
        String more = header.fieldCount() > names.size() ? ", ..." : "";
        return header.fieldCount() + " columns (" + String.join(", ", names) + more + ")";
    }

    /**
     * Checks the header and the first {@link ImportConfig#sniffRows()} rows without writing anything.
     *
     * @throws ImportException if the header is wrong or over half of those rows would be rejected
     */
    static void sniff(Path file, FileRole role, ImportConfig config, RowImporter checker) throws IOException {
        try (CsvInput input = new CsvInput(file, role, config)) {
            input.requireHeader();
            int checked = 0;
            int rejected = 0;
            long firstBadLine = 0;
            Rejection firstRejection = null;
            for (ParsedRow row = input.next(); row != null && checked < config.sniffRows(); row = input.next()) {
                checked++;
                Rejection rejection = checker.check(row);
                if (rejection != null && rejected++ == 0) {
                    firstRejection = rejection;
                    firstBadLine = row.line();
                }
            }
            if (firstRejection != null && rejected * 2 > checked) {
                throw new ImportException(input.fileName, firstBadLine, input.fileName + ", line "
                        + firstBadLine + ": " + firstRejection.reason() + " (" + firstRejection.detail() + "); "
                        + rejected + " of the first " + checked + " rows are invalid, so nothing was imported. Is "
                        + "this the " + role.stem() + " file?");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            source.close();
        }
    }
}
