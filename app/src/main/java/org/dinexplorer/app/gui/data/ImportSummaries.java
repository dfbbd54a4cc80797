package org.dinexplorer.app.gui.data;

import java.util.Locale;
import org.dinexplorer.app.service.imports.ImportSummary;
import org.dinexplorer.storage.importing.ImportReport;

/** One-line descriptions of import results for the page. */
final class ImportSummaries {

    private ImportSummaries() {
    }

    /** E.g. "4 files: 2,812,345 rows read, 2,812,001 stored, 300 duplicates, 44 rejected (12 s)". */
    static String headline(ImportSummary summary) {
        long read = 0;
        long stored = 0;
        long duplicates = 0;
        long rejected = 0;
        for (ImportReport report : summary.reports()) {
            read += report.rowsRead();
            stored += report.rowsStored();
            duplicates += report.rowsDuplicate();
            rejected += report.rowsRejected();
        }
        return String.format(Locale.ROOT, "%d file%s: %,d rows read, %,d stored, %,d duplicates, %,d rejected (%d s)",
                summary.reports().size(), summary.reports().size() == 1 ? "" : "s", read, stored, duplicates,
                rejected, summary.elapsed().toSeconds());
    }
}
