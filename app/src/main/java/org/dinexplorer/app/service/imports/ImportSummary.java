package org.dinexplorer.app.service.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.ReferentialGaps;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one import job.
 *
 * @param database the database written to
 * @param reports  one report per file, in import order
 * @param gaps     missing related rows after the import, or null when the check was skipped
 * @param elapsed  wall time of the whole job
 */
public record ImportSummary(Path database, List<ImportReport> reports, @Nullable ReferentialGaps gaps,
                            Duration elapsed) {

    /** Makes the list unmodifiable. */
    public ImportSummary {
        reports = List.copyOf(reports);
    }
}
