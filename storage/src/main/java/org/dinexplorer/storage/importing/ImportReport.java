package org.dinexplorer.storage.importing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of importing one file. Counts cover the whole file, also when it was imported over several runs:
 * {@code rowsRead == rowsStored + rowsRejected + rowsDuplicate} always holds.
 *
 * @param fileName          the file's name without folder
 * @param role              which Taobao file it is
 * @param importId          the row in {@code import_batches} describing the import
 * @param status            how it ended
 * @param sizeBytes         size on disk
 * @param sha256            hex sha256 of the file's bytes
 * @param rowsRead          data rows read (header and empty lines not counted)
 * @param rowsStored        rows written to the table
 * @param rowsRejected      rows written to {@code rejected_rows} instead
 * @param rowsDuplicate     rows identical to a row already stored, not written again
 * @param rejectedByReason  rejected rows per reason (reasons with no rows left out)
 * @param firstProblems     up to 20 rejected rows with the lowest line numbers
 * @param elapsed           time this run spent on the file
 */
public record ImportReport(String fileName, FileRole role, long importId, ImportStatus status, long sizeBytes,
                           String sha256, long rowsRead, long rowsStored, long rowsRejected, long rowsDuplicate,
                           Map<RejectReason, Long> rejectedByReason, List<RowProblem> firstProblems,
                           Duration elapsed) {

    /** How many problems a report keeps. */
    public static final int MAX_PROBLEMS = 20;

    /** Makes the collections unmodifiable. */
    public ImportReport {
        rejectedByReason = Map.copyOf(rejectedByReason);
        firstProblems = List.copyOf(firstProblems);
    }
}
