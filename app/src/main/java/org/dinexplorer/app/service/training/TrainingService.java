package org.dinexplorer.app.service.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.app.service.dataset.TrainingData;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.runs.RunFiles;
import org.dinexplorer.app.service.runs.RunStores;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.model.eval.Evaluator;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.train.DinTrainer;
import org.dinexplorer.model.train.TrainingException;
import org.dinexplorer.model.train.TrainingResult;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.runs.EvaluationPoint;
import org.dinexplorer.storage.runs.NewRun;
import org.dinexplorer.storage.runs.RunRecord;
import org.dinexplorer.storage.runs.RunStatus;
import org.dinexplorer.storage.runs.RunStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains models as stored runs: creates the run with its config, seed, data fingerprint and environment, trains with
 * checkpoints in the run folder, records curves and heartbeats, evaluates the final model on the test split, and
 * stores how the run ended. Also resumes cancelled and interrupted runs from their last checkpoint. Blocking: call it
 * from a job, never from the FX thread.
 */
public final class TrainingService {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    private static final long PAUSE_POLL_MILLIS = 100;

    private final TrainingDataLoader loader;
    private final RunStores stores;
    private final Clock clock;

    /** A service reading training sets with {@code loader} and runs from each database's tables. */
    public TrainingService(TrainingDataLoader loader) {
        this(loader, new RunStores(), Clock.systemUTC());
    }

    TrainingService(TrainingDataLoader loader, RunStores stores, Clock clock) {
        this.loader = loader;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Trains a new run.
     *
     * @param database    the database whose training set is used and where the run is stored
     * @param config      what to train; its history length must equal the training set's
     * @param parentRunId the run this one is derived from ("train again with changes"), or null
     * @param name        display name, or null for one made from the config
     * @param observer    progress receiver
     * @param stop        polled between batches; true stores the run as CANCELLED after a checkpoint
     * @param pause       while true, training waits between batches (the run stays RUNNING)
     * @return how the run ended; a failure of training (e.g. a NaN loss) is returned as FAILED, not thrown
     * @throws StorageException         if the database has no training set
     * @throws IllegalArgumentException if the config does not fit the training set
     */
    public RunOutcome start(Path database, RunConfig config, @Nullable Long parentRunId, @Nullable String name,
                            TrainingObserver observer, BooleanSupplier stop, BooleanSupplier pause) {
        RunStores.requireExisting(database);
        TrainingData data = loader.load(database);
        requireFits(config, data);
        RunStore store = stores.forDatabase(database);
        RunEnvironment environment = RunEnvironment.capture(config.model().schedule().threads());
        String json = config.toCanonicalJson();
        long runId = store.create(new NewRun(parentRunId, name == null || name.isBlank() ? defaultName(config) : name,
                "", config.model().network().variant().name(), json, config.sha256(), config.seed(),
                data.fingerprint(), environment.toJson()));
        LOG.info("Run {} starts: {} with config {}", runId, config.model().network().variant(), config.sha256());
        observer.onRunCreated(runId);
        RunFiles files = RunFiles.of(database, runId);
        files.create(data.fingerprintText());
        RunLog log = new RunLog(files.log(), clock);
        log.header("run " + runId + " of " + database.toAbsolutePath() + " on data " + data.fingerprint(), json,
                environment.toJson());
        DinTrainer trainer = new DinTrainer(config.model(), data.train().schema(), config.seed())
                .checkpointTo(files.checkpoint(), data.fingerprint()).keepBestIn(files.best());
        return new RunSession(store, runId, files, log, data, config, observer).execute(trainer, 0,
                pausable(stop, pause));
    }

    /**
     * Continues a cancelled or interrupted run from its last checkpoint (or from the start when it has none); the
     * curves after the checkpoint are dropped and recorded again.
     *
     * @throws IllegalArgumentException if the run cannot be resumed (completed, failed or still running)
     * @throws StorageException         if the run is missing or the training set changed since the run started
     */
    public RunOutcome resume(Path database, long runId, TrainingObserver observer, BooleanSupplier stop,
                             BooleanSupplier pause) {
        RunStore store = stores.forDatabase(database);
        RunRecord run = store.require(runId);
        if (!run.status().isResumable()) {
            throw new IllegalArgumentException("Run " + runId + " is " + run.status() + "; only cancelled or "
                    + "interrupted runs can be resumed. Train a new run (e.g. a child run) instead.");
        }
        RunConfig config = RunConfig.fromJson(run.configJson());
        TrainingData data = loader.load(database);
        if (!data.fingerprint().equals(run.dataFingerprint())) {
            throw new StorageException("The training set of " + database + " changed since run " + runId
                    + " started (fingerprint " + run.dataFingerprint() + ", now " + data.fingerprint()
                    + "); the run cannot be resumed. Train a new run on the current data.");
        }
        RunFiles files = run.runFolder() == null ? RunFiles.of(database, runId)
                : new RunFiles(Path.of(run.runFolder()));
        files.createFolder();
        DinTrainer trainer = Files.isRegularFile(files.checkpoint())
                ? DinTrainer.resume(files.checkpoint(), data.fingerprint())
                : new DinTrainer(config.model(), data.train().schema(), config.seed());
        trainer.checkpointTo(files.checkpoint(), data.fingerprint()).keepBestIn(files.best());
        long fromStep = trainer.state().optimizerStep();
        store.truncateAfter(runId, fromStep);
        double elapsedBefore = store.curves(runId).evaluations().stream()
                .mapToDouble(EvaluationPoint::elapsedSeconds).max().orElse(0);
        RunLog log = new RunLog(files.log(), clock);
        log.line("resumed at epoch " + (trainer.state().epochsCompleted() + 1) + ", step " + fromStep + " (was "
                + run.status() + ")");
        LOG.info("Run {} resumes at step {}", runId, fromStep);
        return new RunSession(store, runId, files, log, data, config, observer).execute(trainer, elapsedBefore,
                pausable(stop, pause));
    }

    /** The training set's history length must be the config's; the message says how to fix either. */
    static void requireFits(RunConfig config, TrainingData data) {
        if (config.historyLength() != data.historyLength()) {
            throw new IllegalArgumentException("The training set was built with history length "
                    + data.historyLength() + ", but the run asks for " + config.historyLength() + ". Train with "
                    + "history length " + data.historyLength() + ", or build the training set again with history "
                    + "length " + config.historyLength() + ".");
        }
    }

    static String defaultName(RunConfig config) {
        DinConfig model = config.model();
        return String.format(Locale.ROOT, "%s%s lr %s, batch %d, seed %d", model.network().variant(),
                model.network().historyContext() ? "" : " (paper keys)", model.optimizer().learningRate(),
                model.schedule().batchSize(), config.seed());
    }

    /** Stops also honour the pause: while paused, the check waits (the trainer checks between batches). */
    static BooleanSupplier pausable(BooleanSupplier stop, BooleanSupplier pause) {
        return () -> {
            while (pause.getAsBoolean() && !stop.getAsBoolean()) {
                try {
                    Thread.sleep(PAUSE_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
            return stop.getAsBoolean();
        };
    }

    /** One training session of a run: from marking it running to storing how it ended. */
    private record RunSession(RunStore store, long runId, RunFiles files, RunLog log, TrainingData data,
                              RunConfig config, TrainingObserver observer) {

        RunOutcome execute(DinTrainer trainer, double elapsedBefore, BooleanSupplier stop) {
            store.markRunning(runId, files.folder().toString());
            observer.onStatus(runId, RunStatus.RUNNING, "");
            try (Heartbeat heartbeat = new Heartbeat(store, runId, trainer.state().epochsCompleted(),
                    trainer.state().optimizerStep())) {
                RunRecorder recorder = new RunRecorder(store, runId, observer, heartbeat, log, elapsedBefore);
                try {
                    TrainingResult result = trainer.train(data.train(), data.validation(), recorder, stop);
                    recorder.flush();
                    return complete(trainer, result, recorder, stop);
                } catch (CancellationException e) {
                    recorder.flush();
                    return end(RunStatus.CANCELLED, "Stopped by the user at step " + recorder.lastStepNumber()
                            + ".", recorder, null, existing(files.checkpoint()), null);
                } catch (TrainingException e) {
                    recorder.flush();
                    return end(RunStatus.FAILED, e.getMessage(), recorder, null, existing(files.checkpoint()), null);
                } catch (RuntimeException e) {
                    LOG.error("Run {} failed unexpectedly", runId, e);
                    recorder.flush();
                    end(RunStatus.FAILED, "Unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                            recorder, null, null, null);
                    throw e;
                }
            }
        }

        /** Saves the run's model (the best validation evaluation's, else the last), evaluates it on test, ends it. */
        private RunOutcome complete(DinTrainer trainer, TrainingResult result, RunRecorder recorder,
                                    BooleanSupplier stop) {
            KeptModel kept = KeptModel.of(result, trainer.state().epochsCompleted(), config.model().schedule(),
                    Files.isRegularFile(files.best()));
            DinModel model = trainer.model();
            if (kept.earlier()) {
                ModelFile.loadWeightsInto(files.best(), model, data.fingerprint());
            }
            ModelFile.save(files.model(), model, data.fingerprint(), null, false);
            log.line("model: " + kept.description());
            EvaluationPoint test = evaluateTest(model, kept, recorder, stop);
            return end(RunStatus.COMPLETED, "", recorder, test, files.model(), kept);
        }

        /** Test metrics of the run's model, stored at the step of the kept model with the epoch it comes from. */
        private @Nullable EvaluationPoint evaluateTest(DinModel model, KeptModel kept, RunRecorder recorder,
                                                       BooleanSupplier stop) {
            if (data.test().sampleCount() == 0) {
                return null;
            }
            EvaluationResult metrics = Evaluator.evaluate(model, data.test(), stop);
            EvaluationPoint point = recorder.point(kept.epoch(), kept.step(), "test", true, Double.NaN, metrics);
            store.addEvaluation(runId, point);
            observer.onEvaluation(point);
            log.line(String.format(Locale.ROOT, "test: AUC %.6f GAUC %.6f GAUC by clicks %.6f logloss %.6f "
                            + "accuracy %.6f n %d", metrics.auc(), metrics.gauc(), metrics.gaucClicks(),
                    metrics.logLoss(), metrics.accuracy(), metrics.sampleCount()));
            return point;
        }

        private RunOutcome end(RunStatus status, String message, RunRecorder recorder,
                               @Nullable EvaluationPoint test, @Nullable Path modelFile, @Nullable KeptModel kept) {
            store.finish(runId, status, message.isEmpty() ? null : message);
            log.line(status + (message.isEmpty() ? "" : ": " + message));
            observer.onStatus(runId, status, message);
            LOG.info("Run {} ended {} after {} epochs", runId, status, recorder.epochsCompleted());
            return new RunOutcome(runId, status, recorder.epochsCompleted(), recorder.lastValidation(), test,
                    modelFile, message, kept);
        }

        private static @Nullable Path existing(Path file) {
            return Files.isRegularFile(file) ? file : null;
        }
    }
}
