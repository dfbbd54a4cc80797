package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * One generation, from the seed to the last file. Random streams are split from the master seed in a fixed order
 * (catalogue, users, simulation, shuffling, bad rows), so each part of the output depends only on its own stream.
 */
final class GenerationRun {

    private final GenerationConfig config;
    private final GenerationListener listener;
    private final BooleanSupplier stopRequested;
    private final List<Path> created = new ArrayList<>();
    private final List<GeneratedFile> files = new ArrayList<>();
    private final DirtyManifest manifest = new DirtyManifest();
    private final List<String> dataFileNames = new ArrayList<>();
    private AdCatalog catalog;
    private UserPopulation users;
    private SplittableRandom dirtyRng;
    private ProgressTracker progress;

    GenerationRun(GenerationConfig config, GenerationListener listener, BooleanSupplier stopRequested) {
        this.config = config;
        this.listener = listener;
        this.stopRequested = stopRequested;
    }

    /** Paths created so far (to be removed if the run does not complete). */
    List<Path> created() {
        return List.copyOf(created);
    }

    GenerationReport run(long startNanos) throws IOException {
        Files.createDirectories(config.outputDir());
        SplittableRandom master = new SplittableRandom(config.seed());
        SplittableRandom catalogRng = master.split();
        SplittableRandom populationRng = master.split();
        SplittableRandom simulationRoot = master.split();
        SplittableRandom shuffleRng = master.split();
        dirtyRng = master.split();
        SplittableRandom pilotRng = master.split();
        WorldSize world = config.world();
        catalog = AdCatalog.create(catalogRng, world);
        users = UserPopulation.create(populationRng, world, catalog);
        ClickModel clickModel = new ClickModel(users, catalog,
                ClickCalibration.calibratedIntercept(users, catalog, pilotRng));
        long expected = catalog.adCount() + users.profileTotal() + users.plannedImpressionTotal()
                + users.plannedBehaviorTotal();
        progress = new ProgressTracker(listener, stopRequested, expected);
        progress.start();
        writeAds();
        writeProfiles();
        LogFilesWriter logs = writeLogs(clickModel, simulationRoot, shuffleRng);
        progress.finish();
        if (config.dirty()) {
            Path path = track(config.outputDir().resolve(TaobaoFormat.DIRTY_MANIFEST));
            long rows = manifest.write(path, dataFileNames);
            done(new GeneratedFile(TaobaoFormat.DIRTY_MANIFEST, path, rows, Files.size(path)));
        }
        GenerationReport report = new GenerationReport(config.outputDir(), config.preset(), config.scale(),
                config.seed(),
                config.dirty(), files, users.size(), users.profileTotal(), catalog.adCount(),
                logs.impressionCount(), logs.clickCount(), logs.behaviorCount(), manifest.size(),
                clickModel.intercept(), (System.nanoTime() - startNanos) / 1_000_000);
        OutputNotes.write(report, config.gzip(), this::track);
        return report;
    }

    private void writeAds() throws IOException {
        try (AsciiLineWriter out = open(TaobaoFormat.AD_FEATURE, TaobaoFormat.AD_FEATURE_HEADER)) {
            DirtyRowInjector dirt = injector(TaobaoFormat.AD_FEATURE, catalog.adCount());
            for (int ad = 0; ad < catalog.adCount(); ad++) {
                catalog.writeRow(out, ad);
                dirt.afterValidRow(out);
                progress.add(1);
            }
            close(out);
        }
    }

    private void writeProfiles() throws IOException {
        try (AsciiLineWriter out = open(TaobaoFormat.USER_PROFILE, TaobaoFormat.USER_PROFILE_HEADER)) {
            DirtyRowInjector dirt = injector(TaobaoFormat.USER_PROFILE, users.profileTotal());
            for (int u = 0; u < users.size(); u++) {
                if (users.hasProfile(u)) {
                    users.writeProfileRow(out, u);
                    dirt.afterValidRow(out);
                    progress.add(1);
                }
            }
            close(out);
        }
    }

    private LogFilesWriter writeLogs(ClickModel clickModel, SplittableRandom simulationRoot,
                                     SplittableRandom shuffleRng) throws IOException {
        LogFilesWriter logs = new LogFilesWriter(users, catalog, clickModel, simulationRoot, shuffleRng);
        try (AsciiLineWriter raw = open(TaobaoFormat.RAW_SAMPLE, TaobaoFormat.RAW_SAMPLE_HEADER);
             AsciiLineWriter behaviors = open(TaobaoFormat.BEHAVIOR_LOG, TaobaoFormat.BEHAVIOR_LOG_HEADER);
             AsciiLineWriter truth = open(TaobaoFormat.TRUTH, TaobaoFormat.TRUTH_HEADER)) {
            LogFilesWriter.Targets targets = new LogFilesWriter.Targets(raw, truth, behaviors,
                    injector(TaobaoFormat.RAW_SAMPLE, users.plannedImpressionTotal()),
                    injector(TaobaoFormat.BEHAVIOR_LOG, users.plannedBehaviorTotal()));
            logs.write(targets, progress);
            close(raw);
            close(behaviors);
            close(truth);
        }
        return logs;
    }

    private DirtyRowInjector injector(String file, long expectedRows) {
        return DirtyRowInjector.plan(dirtyRng, file, diskName(file), expectedRows, config.dirty(), manifest);
    }

    private String diskName(String file) {
        return config.gzip() ? file + ".gz" : file;
    }

    private AsciiLineWriter open(String file, String header) throws IOException {
        if (!file.equals(TaobaoFormat.TRUTH)) {
            dataFileNames.add(diskName(file));
        }
        AsciiLineWriter out = AsciiLineWriter.open(track(config.outputDir().resolve(diskName(file))), config.gzip());
        out.rawLine(header);
        return out;
    }

    /** Closes early (closing twice is harmless) so that the size on disk is final, and records the file. */
    private void close(AsciiLineWriter out) throws IOException {
        out.close();
        Path path = out.path();
        done(new GeneratedFile(path.getFileName().toString(), path, out.lineCount() - 1, Files.size(path)));
    }

    private void done(GeneratedFile file) {
        files.add(file);
        listener.onFileDone(file);
    }

    private Path track(Path path) {
        created.add(path);
        return path;
    }
}
