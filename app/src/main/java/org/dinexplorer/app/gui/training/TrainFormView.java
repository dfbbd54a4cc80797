package org.dinexplorer.app.gui.training;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.GaucWeighting;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.ScheduleConfig;
import org.dinexplorer.model.network.NetworkRegistry;

/** The hyper-parameter form: presets, model, activation, and one text field per setting with its own message. */
final class TrainFormView extends VBox {

    TrainFormView(TrainForm form) {
        ComboBox<TrainPreset> preset = new ComboBox<>(FXCollections.observableArrayList(TrainPreset.values()));
        preset.setId("train-preset");
        preset.setPromptText("Presets…");
        preset.setTooltip(new Tooltip("Fill the form with ready-made settings"));
        preset.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                form.apply(value);
            }
        });
        ComboBox<ModelVariant> variant = new ComboBox<>(FXCollections.observableArrayList(
                NetworkRegistry.variants()));
        variant.setId("train-variant");
        variant.valueProperty().bindBidirectional(form.variant());
        variant.setTooltip(new Tooltip("DIN (attention over the history), BASE (Embedding&MLP, mean-pooled history) "
                + "or LR (logistic regression)"));
        ComboBox<ActivationKind> activation = new ComboBox<>(FXCollections.observableArrayList(
                ActivationKind.values()));
        activation.setId("train-activation");
        activation.valueProperty().bindBidirectional(form.activation());
        activation.setTooltip(new Tooltip("PReLU or Dice (the paper's data-adaptive activation)"));
        CheckBox softmax = new CheckBox("Softmax over attention weights");
        softmax.setId("train-softmax");
        softmax.selectedProperty().bindBidirectional(form.softmax());
        softmax.setTooltip(new Tooltip("Off in the paper: weights are not normalised, so the interest vector keeps "
                + "the intensity of the user's interest"));
        CheckBox context = new CheckBox("Behaviour type and recency in keys");
        context.setId("train-history-context");
        context.selectedProperty().bindBidirectional(form.historyContext());
        context.setTooltip(new Tooltip("Each past behaviour's key also carries its type (pv, cart, fav, buy) and how "
                + "long before the impression it happened, so attention can favour recent, strong signals. Off: "
                + "the paper's [category ; brand] keys"));
        CheckBox l2ByFrequency = new CheckBox("Embedding L2 by feature frequency");
        l2ByFrequency.setId("train-l2-by-frequency");
        l2ByFrequency.selectedProperty().bindBidirectional(form.l2ByFrequency());
        l2ByFrequency.setTooltip(new Tooltip("The DIN paper's mini-batch aware regularisation: each embedding row a "
                + "batch uses decays by L2 / (its uses in the training split), so rare ids are held back hardest. "
                + "Off: by L2 x (its uses in the batch) / batch size"));
        ComboBox<GaucWeighting> weighting = new ComboBox<>(FXCollections.observableArrayList(
                GaucWeighting.values()));
        weighting.setId("train-gauc-weighting");
        weighting.valueProperty().bindBidirectional(form.gaucWeighting());
        weighting.setTooltip(new Tooltip("Which GAUC picks the kept model and stops training early: each user's AUC "
                + "weighted by impressions (the paper's) or by clicks. Both are always shown"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        // labels keep their full width; the inputs take what is left
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        grid.addRow(row++, new Label("Preset"), preset);
        grid.addRow(row++, new Label("Model"), variant);
        grid.addRow(row++, new Label("Activation"), activation);
        grid.add(softmax, 0, row++, 2, 1);
        grid.add(context, 0, row++, 2, 1);
        grid.add(l2ByFrequency, 0, row++, 2, 1);
        grid.addRow(row++, new Label("Best model by"), weighting);
        for (TrainField field : TrainField.values()) {
            TextField input = new TextField();
            input.setId("train-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            input.textProperty().bindBidirectional(form.text(field));
            input.setPrefColumnCount(10);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId(input.getId() + "-error");
            error.textProperty().bind(form.error(field));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.setWrapText(true);
            error.setMaxWidth(260);
            input.setTooltip(new Tooltip(tooltip(field)));
            grid.addRow(row++, new Label(field.label()), input);
            grid.add(error, 1, row++);
        }
        Label formError = new Label();
        formError.getStyleClass().add("field-error");
        formError.textProperty().bind(form.formError());
        formError.setWrapText(true);
        getChildren().addAll(grid, formError);
        setSpacing(6);
        setPadding(new Insets(0, 10, 0, 0));
    }

    private static String tooltip(TrainField field) {
        return switch (field) {
            case EMBEDDING_DIM -> "Embedding width of every field, 1 to 256";
            case ATTENTION_UNITS -> "Hidden layers of the local activation unit, e.g. 80,40";
            case MLP_UNITS -> "Hidden layers of the top MLP, e.g. 200,80";
            case LEARNING_RATE -> "Adam learning rate, above 0 and at most 1";
            case BATCH_SIZE -> "Samples per step (32 learns most per epoch on data of the demo's size)";
            case EPOCHS -> "Most passes over the training split; early stopping may end the run sooner";
            case L2 -> "Mini-batch-aware L2 on the embedding rows a batch uses (0 = off)";
            case SEED -> "Master seed: weight init, shuffling; the same seed repeats a run";
            case THREADS -> "Numeric threads, 0 = all cores";
            case EVALUATE_EVERY -> "Evaluate on the validation split every K batches and at each epoch's end; the best "
                    + "evaluation's model is kept (0 = about " + ScheduleConfig.EVALUATIONS_PER_EPOCH
                    + " times per epoch)";
            case PATIENCE -> "Stop after this many validation evaluations in a row without a better GAUC, also "
                    + "inside an epoch (0 = never); the best evaluation's model is kept";
        };
    }
}
