package org.dinexplorer.app.service.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportException;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.ImportSource;
import org.dinexplorer.storage.importing.ReferentialGaps;
import org.dinexplorer.storage.importing.TaobaoImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports Taobao files into a database; shared by {@code din-explorer import} and the GUI's import page. */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /**
     * The files to import: folders are searched for the four Taobao file names, files are recognised by name.
     *
     * @throws ImportException if a folder holds none of them or a file name is not a Taobao one
     */
    public List<ImportSource> sources(List<Path> filesOrFolders) {
        List<ImportSource> sources = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                sources.addAll(TaobaoImporter.findSources(path));
            } else {
                sources.add(TaobaoImporter.recognise(path));
            }
        }
        return sources;
    }

    /**
     * Imports {@code sources} into the database at {@code databaseFile} (created if missing).
     *
     * @param checkGaps     whether to count missing related rows afterwards (reads whole tables)
     * @param progress      receives progress over all files
     * @param stopRequested polled after every committed chunk
     * @throws ImportException       if a file is wrong or unreadable; a wrong file stops before anything is written
     * @throws CancellationException when stopped; running the same import again continues
     */
    public ImportSummary importFiles(Path databaseFile, List<ImportSource> sources, ImportConfig config,
                                     boolean checkGaps, Consumer<JobProgress> progress,
                                     BooleanSupplier stopRequested) {
        long started = System.nanoTime();
        Database database = Database.open(databaseFile);
        TaobaoImporter importer = new TaobaoImporter(database, config);
        ImportProgress listener = new ImportProgress(progress, sizes(sources));
        LOG.info("Importing {} file(s) into {}", sources.size(), database.file());
        List<ImportReport> reports = importer.importAll(sources, listener, stopRequested);
        ReferentialGaps gaps = null;
        if (checkGaps) {
            progress.accept(JobProgress.indeterminate("Checking references between the tables"));
            gaps = importer.referentialGaps();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Imported {} file(s) into {} in {} ms", reports.size(), database.file(), elapsed.toMillis());
        return new ImportSummary(database.file(), reports, gaps, elapsed);
    }

    private static List<Long> sizes(List<ImportSource> sources) {
        List<Long> sizes = new ArrayList<>();
        for (ImportSource source : sources) {
            try {
                sizes.add(Files.size(source.file()));
            } catch (IOException e) {
                throw new ImportException(source.fileName(), 0, source.fileName() + ": cannot read the file ("
                        + e.getMessage() + ").", e);
            }
        }
        return sizes;
    }
}
