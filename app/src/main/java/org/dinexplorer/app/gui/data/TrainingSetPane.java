package org.dinexplorer.app.gui.data;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.dinexplorer.storage.samples.DatasetSummary;
import org.dinexplorer.storage.samples.Split;
import org.dinexplorer.storage.samples.SplitStats;
import org.dinexplorer.storage.samples.ValidationMode;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The training-set form (history length, test day, min-count), its Build button and the built set's summary. */
final class TrainingSetPane extends VBox {

    TrainingSetPane(DataViewModel model, javafx.beans.value.ObservableBooleanValue jobRunning) {
        Label title = new Label("Training set");
        title.getStyleClass().add("section-title");
        Spinner<Integer> history = new Spinner<>(1, 1000, model.historyLength().get());
        history.setEditable(true);
        history.setId("history-length");
        history.setTooltip(new Tooltip("Behaviours kept per impression: the last N strictly before it"));
        history.valueProperty().addListener((observable, old, value) -> model.historyLength().set(value));
        TextField testDay = new TextField();
        testDay.setId("test-day");
        testDay.setPromptText("last impression day");
        testDay.setTooltip(new Tooltip("Asia/Shanghai day used as the test split, e.g. 2017-05-13; earlier days train"));
        testDay.textProperty().bindBidirectional(model.testDay());
        Spinner<Integer> minCount = new Spinner<>(1, 1_000_000, model.minCount().get());
        minCount.setEditable(true);
        minCount.setId("min-count");
        minCount.setTooltip(new Tooltip("Values seen fewer times in training share the 'unknown' index"));
        minCount.valueProperty().addListener((observable, old, value) -> model.minCount().set(value));
        javafx.scene.control.ComboBox<ValidationMode> validation = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(ValidationMode.values()));
        validation.setId("validation-mode");
        validation.valueProperty().bindBidirectional(model.validation());
        validation.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ValidationMode mode) {
                return mode == null ? "" : switch (mode) {
                    case NONE -> "None";
                    case LAST_TRAIN_DAY -> "Last training day";
                    case USER_SHARE -> "10 % of users";
                };
            }

            @Override
            public ValidationMode fromString(String text) {
                return java.util.Arrays.stream(ValidationMode.values()).filter(mode -> toString(mode).equals(text))
                        .findFirst().orElse(ValidationMode.NONE);
            }
        });
        validation.setTooltip(new Tooltip("Validation split for curves and early stopping: none, the last training "
                + "day, or 10 % of users (their training-day impressions)"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label("History length"), history);
        form.addRow(1, new Label("Test day"), testDay);
        form.addRow(2, new Label("Min count"), minCount);
        form.addRow(3, new Label("Validation"), validation);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.formError());
        Button build = new Button("Build training set", new FontIcon(MaterialDesignT.TABLE_COG));
        build.setId("build-training-set");
        build.setDefaultButton(false);
        build.disableProperty().bind(jobRunning);
        build.setOnAction(event -> model.buildTrainingSet());
        Label summary = new Label("Not built yet.");
        summary.setId("dataset-summary");
        summary.setWrapText(true);
        model.dataset().addListener((observable, old, dataset) ->
                summary.setText(dataset == null ? "Not built yet." : describe(dataset)));
        getChildren().addAll(title, form, error, build, summary);
        setSpacing(8);
    }

    static String describe(DatasetSummary dataset) {
        StringBuilder text = new StringBuilder();
        for (Split split : Split.values()) {
            SplitStats stats = dataset.splits().get(split);
            if (stats != null && stats.sampleCount() > 0) {
                text.append(String.format(Locale.ROOT, "%s: %,d samples, CTR %.2f %%, %,d users (%s … %s)%n",
                        split.id(), stats.sampleCount(), stats.ctr() * 100, stats.userCount(), stats.firstDay(),
                        stats.lastDay()));
            }
        }
        text.append(String.format(Locale.ROOT, "History length %d, test day %s, %,d users, %,d ads, %,d of %,d "
                        + "behaviours kept%n", dataset.config().historyLength(), dataset.testDay(),
                dataset.userCount(), dataset.adCount(), dataset.keptBehaviorCount(), dataset.behaviorCount()));
        text.append("Vocabularies: ").append(vocabularies(dataset.vocabularySizes())).append('\n');
        text.append("Fingerprint ").append(dataset.fingerprint()).append(String.format(Locale.ROOT,
                " (built in %.1f s)", dataset.buildMillis() / 1000.0));
        return text.toString();
    }

    private static String vocabularies(Map<String, Integer> sizes) {
        return sizes.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
