package org.dinexplorer.model.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ScheduleConfig;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchSource;
import org.dinexplorer.model.data.BatchStream;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.eval.EvaluationResult;
import org.dinexplorer.model.eval.Evaluator;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.layers.BlasThreads;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.network.Network;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a model of any registered network ({@code NetworkRegistry}) with Adam on a {@link BatchSource}: seeded and reproducible (same seed, data and
 * config give identical losses with one BLAS thread), validation several times per epoch with the best model kept,
 * early stopping on validation GAUC (also within an epoch), atomic checkpoints after each epoch, on stop and every
 * 10 minutes within an epoch, resume from a checkpoint with the optimizer state, cooperative stop
 * between batches, and NaN/Inf detection.
 *
 * <p>Seeds: the master seed is split, in this order, into the weight-initialisation seed and the shuffle base; epoch
 * e is shuffled with a seed derived from the shuffle base and e alone, so a resumed run sees the same order.
 */
public final class DinTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(DinTrainer.class);

    private final DinConfig config;
    private final ScheduleConfig schedule;
    private final DinModel model;
    private final ParameterUpdater optimizer;
    private final long shuffleBase;
    private TrainingState state;
    private final Checkpoints checkpoints = new Checkpoints(Checkpoints.INTERVAL, System::nanoTime);
    private @Nullable Path bestFile;

    /**
     * A trainer for a new model.
     *
     * @param config settings of the model and of training
     * @param schema fields and vocabulary sizes of the data
     * @param seed   master seed of the run
     */
    public DinTrainer(DinConfig config, FeatureSchema schema, long seed) {
        this(config, new DinModel(config, schema, new SplittableRandom(seed).nextLong()), TrainingState.fresh(seed));
    }

    private DinTrainer(DinConfig config, DinModel model, TrainingState state) {
        this.config = config;
        this.schedule = config.schedule();
        this.model = model;
        this.state = state;
        this.optimizer = ParameterUpdater.adam(config.optimizer(), state.optimizerStep());
        SplittableRandom master = new SplittableRandom(state.seed());
        master.nextLong();
        this.shuffleBase = master.nextLong();
    }

    /**
     * A trainer that continues the run saved in a checkpoint (weights, Adam moments and step, epoch and batch
     * cursor, metric history). Call {@link #checkpointTo} again to keep checkpointing.
     *
     * @throws org.dinexplorer.model.io.ModelFileException when the file is refused
     * @throws TrainingException when the file is a model without training state
     */
    public static DinTrainer resume(Path checkpoint, @Nullable String expectedFingerprint) {
        LoadedModel loaded = ModelFile.load(checkpoint, expectedFingerprint);
        TrainingState saved = loaded.training().orElseThrow(() -> new TrainingException(checkpoint.getFileName()
                + " holds a model without training state; only checkpoints can be resumed"));
        if (!loaded.info().optimizerState()) {
            throw new TrainingException(checkpoint.getFileName() + " has no optimizer state; it cannot be resumed");
        }
        return new DinTrainer(loaded.info().config(), loaded.model(), saved);
    }

    /**
     * Writes checkpoints (with optimizer state) to {@code file} after each epoch, when stopped and every {@link
     * #checkpointEvery} within an epoch.
     *
     * @param datasetFingerprint fingerprint of the training data, stored in the checkpoint
     * @return this trainer
     */
    public DinTrainer checkpointTo(Path file, String datasetFingerprint) {
        checkpoints.saveTo(file, datasetFingerprint);
        return this;
    }

    /** Sets the time between checkpoints within an epoch (10 minutes unless changed; zero: after every step). */
    public DinTrainer checkpointEvery(Duration interval) {
        checkpoints.every(interval);
        return this;
    }

    /** The model being trained (weights after the last completed step). */
    public DinModel model() {
        return model;
    }

    /** Where the run stands. */
    public TrainingState state() {
        return state;
    }

    /**
     * Trains until the configured epochs are done or early stopping ends the run. With a validation split the model
     * is evaluated every {@link ScheduleConfig#evaluationInterval} steps and at each epoch's end; each evaluation that
     * beats the best score so far saves the model to the file given to {@link #keepBestIn}, and {@link
     * ScheduleConfig#earlyStoppingPatience()} evaluations in a row without a better score stop the run, also in the
     * middle of an epoch.
     *
     * @param train         training split
     * @param validation    validation split for metrics and early stopping, or null
     * @param listener      progress receiver
     * @param stopRequested checked before each batch; when true the run saves a checkpoint and stops
     * @throws CancellationException when a stop was requested (after the checkpoint was written)
     * @throws TrainingException     when the loss became NaN or infinite (the last checkpoint is kept)
     * @throws IllegalArgumentException when a split does not match the model's schema
     */
    public TrainingResult train(BatchSource train, @Nullable BatchSource validation, TrainingListener listener,
                                BooleanSupplier stopRequested) {
        requireSchema("training", train.schema());
        if (validation != null) {
            requireSchema("validation", validation.schema());
        }
        BlasThreads.set(schedule.threads());
        long stepsPerEpoch = Math.max(1, (train.sampleCount() + schedule.batchSize() - 1) / schedule.batchSize());
        LOG.info("training {} for {} epochs of {} steps, validation every {} steps, seed {}",
                config.network().variant(), schedule.epochs(), stepsPerEpoch,
                schedule.evaluationInterval(stepsPerEpoch), state.seed());
        if (config.optimizer().frequencyAdaptiveL2() && config.optimizer().embeddingL2() > 0) {
            countTrainingFrequencies(train);
        }
        listener.onStart(schedule.epochs(), stepsPerEpoch, state);
        while (state.epochsCompleted() < schedule.epochs()) {
            int epoch = state.epochsCompleted() + 1;
            EpochResult result = runEpoch(epoch, stepsPerEpoch, train, validation, listener, stopRequested);
            finishEpoch(result);
            listener.onEpochEnd(result);
            if (patienceExhausted()) {
                LOG.info("early stop in epoch {} at step {}: best validation score {} at epoch {}, step {}", epoch,
                        optimizer.step(), state.bestScore(), state.bestEpoch(), state.bestStep());
                return result(TrainingStatus.EARLY_STOPPED);
            }
        }
        return result(TrainingStatus.COMPLETED);
    }

    /** Saves the model (weights only) to {@code file} at each validation evaluation that beats the best so far. */
    public DinTrainer keepBestIn(Path file) {
        this.bestFile = file;
        return this;
    }

    /** A pass over the training split for the row frequencies n_j of the paper's regulariser (also on resume). */
    private void countTrainingFrequencies(BatchSource train) {
        long start = System.nanoTime();
        try (BatchStream stream = train.ordered(DinModel.SCORING_BATCH)) {
            model.network().countTrainingFrequencies(stream);
        }
        LOG.info("counted embedding row frequencies of {} training samples in {} ms", train.sampleCount(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private TrainingResult result(TrainingStatus status) {
        return new TrainingResult(status, state.history(), state.bestEpoch(), state.bestStep(), state.bestScore(),
                optimizer.step());
    }

    private boolean patienceExhausted() {
        return schedule.earlyStoppingPatience() > 0
                && state.evaluationsWithoutImprovement() >= schedule.earlyStoppingPatience();
    }

    private void requireSchema(String split, FeatureSchema actual) {
        if (!actual.equals(model.schema())) {
            throw new IllegalArgumentException("the " + split + " split does not match the model's schema: expected "
                    + model.schema() + ", found " + actual);
        }
    }

    /** One epoch, or its part up to an early stop; the result's metrics are those of its last evaluation. */
    private EpochResult runEpoch(int epoch, long stepsPerEpoch, BatchSource train, @Nullable BatchSource validation,
                                 TrainingListener listener, BooleanSupplier stopRequested) {
        long done = state.batchesDoneInEpoch();
        double lossSum = state.lossSumInEpoch();
        // only the last batch may be smaller, and a resumed epoch skips it only when the epoch is done but its final
        // evaluation was stopped
        long skippedSamples = Math.min(done * schedule.batchSize(), train.sampleCount());
        long interval = schedule.evaluationInterval(stepsPerEpoch);
        StepClock clock = new StepClock(System::nanoTime);
        EvaluationResult metrics = null;
        try (BatchStream stream = train.shuffled(schedule.batchSize(), epochSeed(epoch))) {
            for (long skipped = 0; skipped < done && stream.hasNext(); skipped++) {
                stream.next();
            }
            if (validation != null && state.evaluationPending()) {
                metrics = clock.leaveOut(() -> validate(epoch, validation, listener, stopRequested));
            }
            while (stream.hasNext() && !patienceExhausted()) {
                if (stopRequested.getAsBoolean()) {
                    stop(epoch, done);
                }
                Batch batch = stream.next();
                double loss = trainStep(batch, epoch, done + 1);
                done++;
                lossSum += loss;
                state = state.withinEpoch(done, optimizer.step(), lossSum);
                clock.stepDone(batch.size());
                long stepsLeft = stepsPerEpoch - done + (schedule.epochs() - epoch) * stepsPerEpoch;
                listener.onStep(new StepProgress(epoch, optimizer.step(), done, stepsPerEpoch, loss,
                        clock.samplesPerSecond(), clock.etaSeconds(stepsLeft, schedule.batchSize())));
                boolean last = !stream.hasNext();
                if (validation != null && (last || optimizer.step() % interval == 0)) {
                    metrics = clock.leaveOut(() -> validate(epoch, validation, listener, stopRequested));
                }
                if (!last && checkpoints.due()) {
                    clock.leaveOut(() -> checkpoints.save(model, state));
                }
            }
        }
        double seconds = clock.trainingSeconds();
        return new EpochResult(epoch, lossSum / Math.max(done, 1), metrics, skippedSamples + clock.samples(), seconds,
                clock.samples() / Math.max(seconds, 1e-9));
    }

    /**
     * Evaluates, updates the best score and the patience, keeps an improved model, and tells the listener. A stop
     * during the evaluation (at full size it takes minutes) saves a checkpoint that owes it, so that the resumed run
     * evaluates these weights first and continues exactly as if never stopped.
     */
    private EvaluationResult validate(int epoch, BatchSource validation, TrainingListener listener,
                                      BooleanSupplier stopRequested) {
        EvaluationResult metrics;
        try {
            metrics = Evaluator.evaluate(model, validation, stopRequested);
        } catch (CancellationException stopped) {
            state = state.owingEvaluation();
            checkpoints.save(model, state);
            throw stopped;
        }
        state = state.afterEvaluation(epoch, optimizer.step(), metrics.selectionScore(schedule.gaucWeighting()));
        // afterEvaluation restarts the count only when the score improved
        boolean best = state.evaluationsWithoutImprovement() == 0;
        if (best && bestFile != null) {
            ModelFile.save(bestFile, model, checkpoints.fingerprint(), null, false);
        }
        listener.onEvaluation(epoch, optimizer.step(), metrics, best);
        return metrics;
    }

    /** Forward, backward and Adam on one batch; returns its loss. */
    private double trainStep(Batch batch, int epoch, long stepInEpoch) {
        model.requireCompatible(batch);
        Network network = model.network();
        network.forward(batch, true);
        double loss = network.backward(batch);
        if (!Double.isFinite(loss)) {
            throw new TrainingException("the training loss became " + loss + " at epoch " + epoch + ", step "
                    + stepInEpoch + "; lower the learning rate (now " + config.optimizer().learningRate()
                    + ") and train again. The last checkpoint is kept.");
        }
        optimizer.apply(network, batch.size());
        return loss;
    }

    private void stop(int epoch, long done) {
        checkpoints.save(model, state);
        LOG.info("training stopped at epoch {} after {} batches of the epoch", epoch, done);
        throw new CancellationException("training stopped at epoch " + epoch + ", step " + optimizer.step());
    }

    private void finishEpoch(EpochResult result) {
        List<EpochResult> history = new ArrayList<>(state.history());
        history.add(result);
        state = new TrainingState(state.seed(), result.epoch(), 0, optimizer.step(), 0, state.bestScore(),
                state.bestEpoch(), state.bestStep(), state.evaluationsWithoutImprovement(), history, false);
        LOG.info("epoch {} done: train loss {}, validation {}", result.epoch(), result.trainLoss(),
                result.validation());
        checkpoints.save(model, state);
    }

    private long epochSeed(int epoch) {
        return new SplittableRandom(shuffleBase + epoch).nextLong();
    }
}
