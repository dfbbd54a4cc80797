package org.dinexplorer.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dinexplorer.app.service.export.CsvExport;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.overview.DataOverview;
import org.dinexplorer.storage.overview.OverviewReader;
import org.dinexplorer.storage.overview.RejectedRow;
import org.dinexplorer.storage.overview.RejectedRowsReader;
import org.dinexplorer.storage.overview.UnfinishedImport;
import org.dinexplorer.storage.overview.UnfinishedImportsReader;
import org.jspecify.annotations.Nullable;

/** What a database holds: the dataset overview and the rows its imports rejected. */
public final class OverviewService {

    /** The overview of the database at {@code databaseFile}. */
    public DataOverview overview(Path databaseFile) {
        return new OverviewReader(Database.open(databaseFile)).read();
    }

    /** Imports that stopped part-way and were not completed since; importing the same file again resumes each. */
    public List<UnfinishedImport> unfinishedImports(Path databaseFile) {
        return new UnfinishedImportsReader(Database.open(databaseFile)).find();
    }

    /** Rejected rows per reason code, most frequent first. */
    public Map<String, Long> rejectCounts(Path databaseFile) {
        return new RejectedRowsReader(Database.open(databaseFile)).countsByReason();
    }

    /**
     * Up to {@code limit} rejected rows after {@code after} (null: from the first), optionally of one reason; a page
     * takes the same time wherever it starts.
     */
    public List<RejectedRow> rejectedRows(Path databaseFile, @Nullable String reason, @Nullable RejectedRow after,
                                          int limit) {
        return new RejectedRowsReader(Database.open(databaseFile)).page(reason, after, limit);
    }

    /**
     * Writes every rejected row (optionally of one reason) to {@code csvFile} as
     * {@code file,line,reason,detail,raw_text}.
     *
     * @return rows written
     */
    public long exportRejectedRows(Path databaseFile, @Nullable String reason, Path csvFile) {
        long[] written = {0};
        new CsvExport().writeRows(csvFile, List.of("file", "line", "reason", "detail", "raw_text"), csv ->
                new RejectedRowsReader(Database.open(databaseFile)).forEach(reason, row -> {
                    csv.writeRecord(row.fileName(), Long.toString(row.lineNumber()), row.reason(), row.detail(),
                            row.rawText());
                    written[0]++;
                }));
        return written[0];
    }
}
