package org.dinexplorer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.dataset.TrainingDataLoader;
import org.dinexplorer.app.service.training.BatchAdvice;
import org.dinexplorer.app.service.training.RunConfig;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TrainingService;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.config.ScheduleConfig;
import org.dinexplorer.model.network.NetworkRegistry;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.dinexplorer.storage.samples.Split;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer train}: trains DIN, the Embedding&MLP baseline or LR as a stored run. */
@Command(name = "train", mixinStandardHelpOptions = true, defaultValueProvider = ConfigDefaults.class,
        description = {"Train a model on the database's training set and store the run (config, seed, data "
                + "fingerprint, environment, curves, checkpoint, model and train.log in <db>.runs/<id>/).",
            "Ctrl-C stops after the current batch: the run is stored CANCELLED with its checkpoint (exit 130) and "
                    + "can be continued with --resume, as can a killed run (checkpoints are also written every 10 "
                    + "minutes within an epoch). Exit 3 when training fails (e.g. the loss became NaN)."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--model", defaultValue = "din", paramLabel = "din|base|lr",
            description = "Network: din, base (Embedding&MLP) or lr. Default: ${DEFAULT-VALUE}.")
    private String model;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue a cancelled or interrupted run "
            + "from its last checkpoint (other settings are taken from the run).")
    private @Nullable Long resume;

    @Option(names = "--parent", paramLabel = "RUN", description = "Store the run as a child of RUN (train again "
            + "with changes).")
    private @Nullable Long parent;

    @Option(names = "--name", paramLabel = "TEXT", description = "Display name of the run.")
    private @Nullable String name;

    @Option(names = "--epochs", paramLabel = "N", description = "Most passes over the training data (early "
            + "stopping may end the run sooner). Default: ${DEFAULT-VALUE}.")
    private int epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Samples per step. Default: ${DEFAULT-VALUE}.")
    private int batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate. Default: ${DEFAULT-VALUE}.")
    private double learningRate;

    @Option(names = "--history", paramLabel = "N", description = "History length; must equal the training set's "
            + "(default: the training set's).")
    private @Nullable Integer history;

    @Option(names = "--emb-dim", paramLabel = "N", description = "Embedding size. Default: ${DEFAULT-VALUE}.")
    private int embeddingDim;

    @Option(names = "--attention", split = ",", paramLabel = "UNITS",
            description = "Hidden layers of the attention unit. Default: ${DEFAULT-VALUE}.")
    private List<Integer> attention;

    @Option(names = "--mlp", split = ",", paramLabel = "UNITS", description = "Hidden layers of the top MLP. "
            + "Default: ${DEFAULT-VALUE}.")
    private List<Integer> mlp;

    @Option(names = "--activation", paramLabel = "prelu|dice", description = "Hidden activation. "
            + "Default: ${DEFAULT-VALUE}.")
    private String activation;

    @Option(names = "--history-context", negatable = true, fallbackValue = "true",
            description = "Give each history key its behaviour type and time gap, so attention can weigh a "
                    + "behaviour by how recent it is; --no-history-context keeps the paper's [cate ; brand] keys. "
                    + "Default: ${DEFAULT-VALUE}.")
    private boolean historyContext;

    @Option(names = "--l2", paramLabel = "STRENGTH", description = "L2 on the embedding rows a batch uses: each "
            + "decays by STRENGTH x (its uses in the batch) / batch size. Default: ${DEFAULT-VALUE}.")
    private double l2;

    @Option(names = "--l2-by-frequency", description = "The DIN paper's rule instead: each row a batch uses decays "
            + "by STRENGTH / (its uses in the whole training split), so rare ids are held back hardest.")
    private boolean l2ByFrequency;

    @Option(names = "--patience", paramLabel = "N", description = "Stop after N validation evaluations in a row "
            + "without a better validation GAUC (also inside an epoch), 0 = never. Default: ${DEFAULT-VALUE}.")
    private int patience;

    @Option(names = "--gauc-weighting", paramLabel = "impressions|clicks", description = "Which GAUC picks the "
            + "kept model and drives early stopping: users weighted by impressions or by clicks (both are always "
            + "reported). Default: ${DEFAULT-VALUE}.")
    private String gaucWeighting;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Master seed. Default: "
            + "${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "BLAS threads, 0 = library default. Use 1 "
            + "for bit-exact reproducibility. Default: ${DEFAULT-VALUE}.")
    private int threads;

    @Option(names = "--eval-every", paramLabel = "K", description = "Evaluate on the "
            + "validation split every K steps and at each epoch's end; the best evaluation's model is kept. "
            + "Default: ${DEFAULT-VALUE} (0 = about 20 times per epoch).")
    private int evalEvery;

    @Option(names = "--out", paramLabel = "DIR", description = "Also copy the model file into DIR.")
    private @Nullable Path out;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TrainingService service = new TrainingService(TrainingDataLoader.of(new DatasetService()));
        try (StopSignal stop = StopSignal.install()) {
            TrainingProgress progress = new TrainingProgress(new CliProgress(err), err);
            RunOutcome outcome;
            if (resume != null) {
                outcome = service.resume(db, resume, progress, stop, () -> false);
            } else {
                Optional<DatasetSummary> summary = new DatasetService().findSummary(db);
                RunConfig config = config(summary);
                adviseOnBatch(err, summary, config.model().schedule().batchSize());
                outcome = service.start(db, config, parent, name, progress, stop, () -> false);
            }
            // printed before the stop signal is released: after Ctrl-C the JVM exits once it is
            print(outcome);
            return switch (outcome.status()) {
                case COMPLETED -> ExitCodes.OK;
                case CANCELLED -> ExitCodes.CANCELLED;
                default -> ExitCodes.TRAINING_FAILED;
            };
        }
    }

    private void print(RunOutcome outcome) {
        Path copied = copyModel(outcome);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(CliJson.outcome(outcome, copied));
        } else {
            RunText.printOutcome(stdout, outcome, copied);
        }
        stdout.flush();
    }

    private RunConfig config(Optional<DatasetSummary> summary) {
        // a left-out option holds the configuration's default (ConfigDefaults), the same for every variant
        ModelVariant variant = parseVariant(model);
        DinConfig defaults = DinConfig.defaults(variant);
        NetworkConfig network = new NetworkConfig(variant, embeddingDim, attention, mlp, parseActivation(activation),
                defaults.network().attentionSoftmax(), defaults.network().basePooling(), historyContext);
        OptimizerConfig optimizer = defaults.optimizer().withLearningRate(learningRate).withEmbeddingL2(l2)
                .withFrequencyAdaptiveL2(l2ByFrequency);
        ScheduleConfig schedule = new ScheduleConfig(batch, epochs, evalEvery, patience,
                parseWeighting(gaucWeighting), threads);
        return new RunConfig(new DinConfig(network, optimizer, schedule),
                history == null ? datasetHistoryLength(summary) : history, seed);
    }

    /** Notes on stderr when the batch size leaves few steps per epoch on this training set. */
    private static void adviseOnBatch(PrintWriter err, Optional<DatasetSummary> summary, int batchSize) {
        summary.flatMap(s -> BatchAdvice.forBatch(s.split(Split.TRAIN).sampleCount(), batchSize))
                .ifPresent(advice -> err.println("Note: " + advice + " Try --batch " + BatchAdvice.SMALL_BATCH
                        + " (docs/RESULTS.md)."));
    }

    private int datasetHistoryLength(Optional<DatasetSummary> summary) {
        if (!Files.isRegularFile(db)) {
            throw new StorageException("There is no database at " + db.toAbsolutePath() + ".");
        }
        return summary.orElseThrow(() -> new StorageException("No training set has been built for " + db
                + " yet. Build it first: din-explorer build-dataset --db " + db)).config().historyLength();
    }

    static ModelVariant parseVariant(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "din" -> ModelVariant.DIN;
            case "base", "mlp", "embedding-mlp" -> ModelVariant.BASE;
            case "lr" -> ModelVariant.LR;
            default -> NetworkRegistry.variants().stream().filter(v -> v.name().equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--model must be one of " + NetworkRegistry
                            .variants().stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + " (or "
                            + "mlp, embedding-mlp for base), got '" + text + "'"));
        };
    }

    private static GaucWeighting parseWeighting(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "impressions" -> GaucWeighting.IMPRESSIONS;
            case "clicks" -> GaucWeighting.CLICKS;
            default -> throw new IllegalArgumentException("--gauc-weighting must be impressions or clicks, got '"
                    + text + "'");
        };
    }

    private static ActivationKind parseActivation(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "prelu" -> ActivationKind.PRELU;
            case "dice" -> ActivationKind.DICE;
            default -> throw new IllegalArgumentException("--activation must be prelu or dice, got '" + text + "'");
        };
    }

    private @Nullable Path copyModel(RunOutcome outcome) {
        if (out == null || outcome.modelFile() == null) {
            return null;
        }
        try {
            Files.createDirectories(out);
            Path target = out.resolve("run-" + outcome.runId() + "-" + outcome.modelFile().getFileName());
            return Files.copy(outcome.modelFile(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the model file to " + out + ": " + e.getMessage(), e);
        }
    }
}
