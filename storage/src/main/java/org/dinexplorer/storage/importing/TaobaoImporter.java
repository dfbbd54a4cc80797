package org.dinexplorer.storage.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;

/**
 * Imports Taobao files into a DIN Explorer database: the entry point of this package. Later imports add to the same
 * database; a file imported before is recognised by its sha256 and skipped, an interrupted one is continued.
 */
public final class TaobaoImporter {

    private final Database database;
    private final ImportConfig config;

    /**
     * Creates an importer writing into {@code database}.
     *
     * @param database the database to import into
     * @param config   validation and chunking settings
     */
    public TaobaoImporter(Database database, ImportConfig config) {
        this.database = database;
        this.config = config;
    }

    /**
     * Recognises a file by its name ({@code raw_sample}, {@code ad_feature}, {@code user_profile} or
     * {@code behavior_log}, {@code .csv} or {@code .csv.gz}).
     *
     * @throws ImportException if the name is none of these
     */
    public static ImportSource recognise(Path file) {
        return FileRole.detect(file).map(role -> new ImportSource(file, role)).orElseThrow(() -> {
            String name = String.valueOf(file.getFileName());
            return new ImportException(name, 0, name + " is not a Taobao file name; expected raw_sample.csv, "
                    + "ad_feature.csv, user_profile.csv or behavior_log.csv (optionally .gz). Name the file so, or "
                    + "say which file it is.");
        });
    }

    /**
     * The Taobao files directly inside {@code folder}, in import order; other files are ignored.
     *
     * @throws ImportException if the folder cannot be listed or holds none of the four files
     */
    public static List<ImportSource> findSources(Path folder) {
        String name = String.valueOf(folder);
        List<ImportSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> FileRole.detect(file)
                    .ifPresent(role -> sources.add(new ImportSource(file, role))));
        } catch (IOException e) {
            throw new ImportException(name, 0, "Cannot list folder " + name + " (" + e.getMessage() + ").", e);
        }
        if (sources.isEmpty()) {
            throw new ImportException(name, 0, "Folder " + name + " holds none of raw_sample.csv, ad_feature.csv, "
                    + "user_profile.csv, behavior_log.csv (or their .gz versions).");
        }
        sources.sort(Comparator.comparing(ImportSource::role));
        return sources;
    }

    /**
     * Imports the files in the order given. Every file is checked first (header and first rows), so a wrong file
     * stops the import before anything is written.
     *
     * @param sources       files with their roles
     * @param listener      progress receiver
     * @param stopRequested polled after every committed chunk
     * @return one report per file, in order
     * @throws ImportException        when a file is wrong or unreadable (earlier files stay imported)
     * @throws CancellationException  when stopped; a rerun continues where it stopped
     */
    public List<ImportReport> importAll(List<ImportSource> sources, ImportListener listener,
                                        BooleanSupplier stopRequested) {
        FileImporter importer = new FileImporter(database, config, listener, stopRequested);
        sources.forEach(importer::preflight);
        List<ImportReport> reports = new ArrayList<>();
        for (ImportSource source : sources) {
            reports.add(importer.run(source));
        }
        return reports;
    }

    /**
     * Counts rows whose related rows are missing (see {@link ReferentialGaps}). Reads whole tables: seconds to
     * minutes on the full data set.
     *
     * @throws StorageException if the database cannot be read
     */
    public ReferentialGaps referentialGaps() {
        try (Connection connection = database.connect()) {
            long[] ads = counts(connection, "SELECT COUNT(*), COUNT(DISTINCT adgroup_id) FROM impressions i"
                    + " WHERE NOT EXISTS (SELECT 1 FROM ads a WHERE a.adgroup_id = i.adgroup_id)");
            long[] users = counts(connection, "SELECT COUNT(DISTINCT user), 0 FROM impressions i"
                    + " WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.userid = i.user)");
            long[] behaviors = counts(connection, "SELECT COUNT(*), COUNT(DISTINCT user) FROM behaviors b"
                    + " WHERE NOT EXISTS (SELECT 1 FROM impressions i WHERE i.user = b.user)");
            return new ReferentialGaps(ads[0], ads[1], users[0], behaviors[0], behaviors[1]);
        } catch (SQLException e) {
            throw new StorageException("Cannot check references in " + database.file() + ": " + e.getMessage(), e);
        }
    }

    private static long[] counts(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }
}
