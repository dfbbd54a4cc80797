package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a demo dataset: the four Taobao files in their genuine format (raw_sample.csv, ad_feature.csv,
 * user_profile.csv, behavior_log.csv), truth.csv with the planted click probability of each valid impression,
 * README.txt and preset.json naming preset and seed, and with {@code dirty} a set of bad rows listed in
 * dirty-manifest.csv. Bad rows are extra lines next to valid ones and are left out of truth.csv, which lists the
 * valid impressions in raw_sample order. The same configuration always gives byte-identical files. Rows are streamed
 * to disk; memory holds the catalogue, the users and one block of simulated users.
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class DemoDataGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);

    /**
     * Writes a demo dataset into {@code config.outputDir()}, replacing files of the same names.
     *
     * @param config        what to generate
     * @param listener      receives progress
     * @param stopRequested polled every 10,000 rows; when true the generation stops
     * @return counts, files and elapsed time
     * @throws CancellationException if a stop was requested; the files written so far are removed
     * @throws StorageException      if a file cannot be written; the files written so far are removed
     */
    public GenerationReport generate(GenerationConfig config, GenerationListener listener,
                                     BooleanSupplier stopRequested) {
        long start = System.nanoTime();
        LOG.info("Generating {} demo data with seed {} into {} (dirty={}, gzip={})", config.preset().cliName(),
                config.seed(), config.outputDir(), config.dirty(), config.gzip());
        GenerationRun run = new GenerationRun(config, listener, stopRequested);
        boolean complete = false;
        try {
            GenerationReport report = run.run(start);
            complete = true;
            LOG.info("Generated {} impressions (CTR {}) and {} behaviours in {} ms", report.impressionCount(),
                    report.ctr(), report.behaviorCount(), report.elapsedMillis());
            return report;
        } catch (IOException e) {
            throw new StorageException("Cannot write demo data into " + config.outputDir() + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk has space.", e);
        } finally {
            if (!complete) {
                removeIncomplete(run);
            }
        }
    }

    private static void removeIncomplete(GenerationRun run) {
        for (Path path : run.created()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not remove the incomplete file {}", path, e);
            }
        }
    }
}
