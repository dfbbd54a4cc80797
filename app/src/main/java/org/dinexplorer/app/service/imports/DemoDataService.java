package org.dinexplorer.app.service.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.demo.DemoDataGenerator;
import org.dinexplorer.storage.demo.DemoPreset;
import org.dinexplorer.storage.demo.GenerationConfig;
import org.dinexplorer.storage.demo.GenerationListener;
import org.dinexplorer.storage.demo.GenerationReport;

/** Writes a synthetic demo dataset in the Taobao format; shared by {@code din-explorer generate} and the GUI. */
public final class DemoDataService {

    private final DemoDataGenerator generator = new DemoDataGenerator();

    /**
     * Generates a demo dataset of the whole preset into {@code outputDir}.
     *
     * @see #generate(Path, String, double, long, boolean, boolean, Consumer, BooleanSupplier)
     */
    public GenerationReport generate(Path outputDir, String presetName, long seed, boolean dirty, boolean gzip,
                                     Consumer<JobProgress> progress, BooleanSupplier stopRequested) {
        return generate(outputDir, presetName, 1, seed, dirty, gzip, progress, stopRequested);
    }

    /**
     * Generates a demo dataset into {@code outputDir}.
     *
     * @param presetName    tiny, mini, small, medium or taobao (any case)
     * @param scale         share of the preset's rows, counts and id ranges, in (0, 1]
     * @param seed          master seed; the same seed gives byte-identical files
     * @param dirty         inject bad rows and write dirty-manifest.csv
     * @param gzip          gzip the data files
     * @param progress      receives progress (rows written of rows planned)
     * @param stopRequested polled regularly; true stops the generation with a CancellationException
     * @throws IllegalArgumentException if the preset name is unknown or the scale is out of range
     * @throws org.dinexplorer.storage.StorageException if the files cannot be written
     */
    public GenerationReport generate(Path outputDir, String presetName, double scale, long seed, boolean dirty,
                                     boolean gzip, Consumer<JobProgress> progress, BooleanSupplier stopRequested) {
        DemoPreset preset = DemoPreset.fromName(presetName);
        GenerationConfig config = new GenerationConfig(outputDir, preset, scale, seed, dirty, gzip);
        return generator.generate(config, new ProgressForwarder(progress), stopRequested);
    }

    /** Turns generator callbacks into job progress. */
    private record ProgressForwarder(Consumer<JobProgress> progress) implements GenerationListener {
        @Override
        public void onStart(long expectedRowCount) {
            progress.accept(JobProgress.of(0, expectedRowCount, "Generating demo data"));
        }

        @Override
        public void onProgress(long rowsWritten, long expectedRowCount) {
            progress.accept(JobProgress.of(rowsWritten, expectedRowCount, String.format(Locale.ROOT,
                    "Generating demo data: %,d of about %,d rows", rowsWritten, expectedRowCount)));
        }
    }
}
