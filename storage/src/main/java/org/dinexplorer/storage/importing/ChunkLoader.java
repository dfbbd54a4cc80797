package org.dinexplorer.storage.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one file into its table in chunks. Each chunk's rows, rejected rows, the overview's figures
 * ({@link OverviewTally}) and the resume cursor (last line handled and running counts) are committed in one
 * transaction, so a crash at any point leaves the database at a chunk boundary and a rerun continues after the last
 * committed line without duplicating rows.
 */
final class ChunkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkLoader.class);
    private static final int PROGRESS_MASK = (1 << 14) - 1;
    private static final String REJECT_SQL = "INSERT INTO rejected_rows (import_id, line_number, reason, detail,"
            + " raw_text) VALUES (?, ?, ?, ?, ?)";

    private final Connection connection;
    private final ImportBatches batches;
    private final ImportConfig config;
    private final ImportListener listener;
    private final BooleanSupplier stopRequested;

    ChunkLoader(Connection connection, ImportConfig config, ImportListener listener, BooleanSupplier stopRequested) {
        this.connection = connection;
        this.batches = new ImportBatches(connection);
        this.config = config;
        this.listener = listener;
        this.stopRequested = stopRequested;
    }

    /**
     * Loads the rows after {@code counts.cursorLine}, updating {@code counts}.
     *
     * @return the hex sha256 of the whole file
     * @throws CancellationException when a stop was requested; the last chunk is committed first
     */
    String load(Path file, FileRole role, RowImporter importer, long importId, Counts counts)
            throws IOException, SQLException {
        try (CsvInput input = new CsvInput(file, role, config);
             PreparedStatement reject = connection.prepareStatement(REJECT_SQL);
             PreparedStatement cursor = batches.prepareCursorUpdate()) {
            input.requireHeader();
            OverviewTally tally = new OverviewTally(connection, role);
            importer.prepare(connection, importId, tally);
            reject.setLong(1, importId);
            connection.setAutoCommit(false);
            try (ParsingThread rows = new ParsingThread(input, role, config, String.valueOf(file.getFileName()))) {
                readRows(rows, input.source(), new Chunk(importer, tally, reject, cursor, importId, counts));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return input.source().finishSha256();
        }
    }

    /** What one chunk writes to. */
    private record Chunk(RowImporter importer, OverviewTally tally, PreparedStatement reject,
                         PreparedStatement cursor, long importId, Counts counts) {
    }

    private void readRows(ParsingThread input, FileSource source, Chunk chunk) throws SQLException {
        Counts counts = chunk.counts();
        long resumeAfter = counts.cursorLine;
        int inChunk = 0;
        for (ParsedRow row = input.next(); row != null; row = input.next()) {
            if (row.line() <= resumeAfter) {
                continue;
            }
            handle(row, chunk);
            counts.cursorLine = row.line();
            if (++inChunk == config.chunkRows()) {
                commit(source, chunk);
                inChunk = 0;
                if (stopRequested.getAsBoolean()) {
                    throw new CancellationException("Import stopped after line " + counts.cursorLine
                            + "; run the same import again to continue from there");
                }
            } else if ((inChunk & PROGRESS_MASK) == 0) {
                listener.onProgress(source.bytesRead(), counts.accepted(), counts.rejected);
            }
        }
        commit(source, chunk);
    }

    private void handle(ParsedRow row, Chunk chunk) throws SQLException {
        Counts counts = chunk.counts();
        counts.read++;
        RowImporter importer = chunk.importer();
        Rejection rejection = importer.check(row);
        if (rejection == null) {
            switch (importer.store(row)) {
                case STORED -> counts.stored++;
                case DUPLICATE -> counts.duplicate++;
                case CONFLICT -> rejection = importer.conflict();
            }
        }
        if (rejection != null) {
            counts.rejected++;
            chunk.tally().rejected(rejection.reason());
            PreparedStatement reject = chunk.reject();
            reject.setLong(2, row.line());
            reject.setString(3, rejection.reason().name());
            reject.setString(4, rejection.detail());
            reject.setString(5, row.rawText(config.rawTextChars()));
            reject.executeUpdate();
        }
    }

    private void commit(FileSource source, Chunk chunk) throws SQLException {
        chunk.importer().flush();
        chunk.tally().save(chunk.importId());
        Counts counts = chunk.counts();
        counts.cursorBytes = source.bytesRead();
        batches.saveCursor(chunk.cursor(), chunk.importId(), counts);
        connection.commit();
        LOG.debug("Import {}: committed up to line {} ({} stored, {} rejected, {} duplicates)", chunk.importId(),
                counts.cursorLine, counts.stored, counts.rejected, counts.duplicate);
        listener.onProgress(counts.cursorBytes, counts.accepted(), counts.rejected);
    }
}
