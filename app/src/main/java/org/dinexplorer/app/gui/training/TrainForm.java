package org.dinexplorer.app.gui.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.ConfigFieldException;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.config.ScheduleConfig;

/**
 * The training form as text the user typed: it is never rewritten on a validation failure; each field gets its own
 * message and {@link #toConfig()} builds the model configuration only when everything is valid.
 */
public final class TrainForm {

    private final ObjectProperty<ModelVariant> variant = new SimpleObjectProperty<>(ModelVariant.DIN);
    private final ObjectProperty<ActivationKind> activation = new SimpleObjectProperty<>(ActivationKind.PRELU);
    private final BooleanProperty softmax = new SimpleBooleanProperty(false);
    private final BooleanProperty historyContext = new SimpleBooleanProperty(true);
    private final BooleanProperty l2ByFrequency = new SimpleBooleanProperty(false);
    private final ObjectProperty<GaucWeighting> gaucWeighting = new SimpleObjectProperty<>(GaucWeighting.IMPRESSIONS);
    private final Map<TrainField, StringProperty> text = new EnumMap<>(TrainField.class);
    private final Map<TrainField, ReadOnlyStringWrapper> errors = new EnumMap<>(TrainField.class);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");

    /** A form holding the paper's defaults for DIN. */
    public TrainForm() {
        for (TrainField field : TrainField.values()) {
            text.put(field, new SimpleStringProperty(""));
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        apply(TrainPreset.DEFAULT_DIN);
    }

    /** Fills the form from a preset. */
    public void apply(TrainPreset preset) {
        fill(preset.config(), preset.seed());
    }

    /** Fills the form from an existing configuration (e.g. to train a run again with changes). */
    public void fill(DinConfig config, long seed) {
        NetworkConfig network = config.network();
        OptimizerConfig optimizer = config.optimizer();
        ScheduleConfig schedule = config.schedule();
        variant.set(network.variant());
        activation.set(network.activation());
        softmax.set(network.attentionSoftmax());
        historyContext.set(network.historyContext());
        l2ByFrequency.set(optimizer.frequencyAdaptiveL2());
        gaucWeighting.set(schedule.gaucWeighting());
        set(TrainField.EMBEDDING_DIM, Integer.toString(network.embeddingDim()));
        set(TrainField.ATTENTION_UNITS, units(network.attentionUnits()));
        set(TrainField.MLP_UNITS, units(network.mlpUnits()));
        set(TrainField.LEARNING_RATE, Double.toString(optimizer.learningRate()));
        set(TrainField.BATCH_SIZE, Integer.toString(schedule.batchSize()));
        set(TrainField.EPOCHS, Integer.toString(schedule.epochs()));
        set(TrainField.L2, Double.toString(optimizer.embeddingL2()));
        set(TrainField.SEED, Long.toString(seed));
        set(TrainField.THREADS, Integer.toString(schedule.threads()));
        set(TrainField.EVALUATE_EVERY, Integer.toString(schedule.evaluateEveryBatches()));
        set(TrainField.PATIENCE, Integer.toString(schedule.earlyStoppingPatience()));
        errors.values().forEach(error -> error.set(""));
        formError.set("");
    }

    private void set(TrainField field, String value) {
        text.get(field).set(value);
    }

    private static String units(List<Integer> units) {
        return String.join(",", units.stream().map(String::valueOf).toList());
    }

    /** The configuration if every field is valid; otherwise empty, with messages next to the failing fields. */
    public Optional<DinConfig> toConfig() {
        errors.values().forEach(error -> error.set(""));
        formError.set("");
        try {
            // the form has no fields for the pooling of the baseline and Adam's betas and epsilon: the defaults'
            DinConfig defaults = DinConfig.defaults(variant.get());
            NetworkConfig network = new NetworkConfig(variant.get(), integer(TrainField.EMBEDDING_DIM),
                    list(TrainField.ATTENTION_UNITS), list(TrainField.MLP_UNITS), activation.get(), softmax.get(),
                    defaults.network().basePooling(), historyContext.get());
            OptimizerConfig optimizer = defaults.optimizer().withLearningRate(decimal(TrainField.LEARNING_RATE))
                    .withEmbeddingL2(decimal(TrainField.L2)).withFrequencyAdaptiveL2(l2ByFrequency.get());
            ScheduleConfig schedule = new ScheduleConfig(integer(TrainField.BATCH_SIZE), integer(TrainField.EPOCHS),
                    integer(TrainField.EVALUATE_EVERY), integer(TrainField.PATIENCE), gaucWeighting.get(),
                    integer(TrainField.THREADS));
            DinConfig config = new DinConfig(network, optimizer, schedule);
            seed();
            return Optional.of(config);
        } catch (FieldException e) {
            errors.get(e.field).set(e.getMessage());
        } catch (ConfigFieldException e) {
            attribute(e);
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
        }
        return Optional.empty();
    }

    /** The seed, if the seed field is valid. */
    public long seed() {
        return parse(TrainField.SEED, Long::parseLong, "a whole number");
    }

    /** Shows a range error next to its field, in the field's label instead of the configuration's name. */
    private void attribute(ConfigFieldException e) {
        for (TrainField field : TrainField.values()) {
            if (field.configName().equals(e.field())) {
                errors.get(field).set(field.label() + e.getMessage().substring(e.field().length()));
                return;
            }
        }
        formError.set(e.getMessage());
    }

    private int integer(TrainField field) {
        return parse(field, Integer::parseInt, "a whole number");
    }

    private double decimal(TrainField field) {
        double value = parse(field, Double::parseDouble, "a number such as 0.001");
        if (!Double.isFinite(value)) {
            throw new FieldException(field, field.label() + " must be a finite number");
        }
        return value;
    }

    private List<Integer> list(TrainField field) {
        List<Integer> units = new ArrayList<>();
        for (String part : text.get(field).get().split(",")) {
            if (part.isBlank()) {
                throw new FieldException(field, field.label() + " must be layer widths such as 80,40; got '"
                        + text.get(field).get() + "'");
            }
            try {
                units.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new FieldException(field, field.label() + " must be layer widths such as 80,40; '"
                        + part.strip() + "' is not a whole number");
            }
        }
        return units;
    }

    private <T> T parse(TrainField field, java.util.function.Function<String, T> parser, String expected) {
        String value = text.get(field).get().strip();
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new FieldException(field, String.format(Locale.ROOT, "%s must be %s; got '%s'", field.label(),
                    expected, value));
        }
    }

    /** Model variant. */
    public ObjectProperty<ModelVariant> variant() {
        return variant;
    }

    /** Activation of the hidden layers. */
    public ObjectProperty<ActivationKind> activation() {
        return activation;
    }

    /** Softmax over attention weights (off in the paper's form). */
    public BooleanProperty softmax() {
        return softmax;
    }

    /** Behaviour type and time gap in the history keys. */
    public BooleanProperty historyContext() {
        return historyContext;
    }

    /** Embedding L2 scaled by each row's training frequency (the paper's rule). */
    public BooleanProperty l2ByFrequency() {
        return l2ByFrequency;
    }

    /** Which GAUC picks the kept model and drives early stopping. */
    public ObjectProperty<GaucWeighting> gaucWeighting() {
        return gaucWeighting;
    }

    /** The text of {@code field}. */
    public StringProperty text(TrainField field) {
        return text.get(field);
    }

    /** The validation message of {@code field}, empty when valid. */
    public ReadOnlyStringProperty error(TrainField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** A validation message that concerns no single field. */
    public ReadOnlyStringProperty formError() {
        return formError.getReadOnlyProperty();
    }

    /** A parse or range failure of one field. */
    private static final class FieldException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient TrainField field;

        FieldException(TrainField field, String message) {
            super(message);
            this.field = field;
        }
    }
}
