package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.io.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    private static final DinConfig DEFAULTS = DinConfig.defaults(ModelVariant.DIN);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theHelpShowsTheDefaultsOfTheConfiguration() {
        assertThat(run("train", "--help")).isZero();

        // picocli wraps descriptions; a single space between words makes the text independent of the wrapping
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("may end the run sooner). Default: " + DEFAULTS.schedule().epochs() + ".")
                .contains("Samples per step. Default: " + DEFAULTS.schedule().batchSize() + ".")
                .contains("Adam learning rate. Default: " + DEFAULTS.optimizer().learningRate() + ".")
                .contains("Embedding size. Default: " + DEFAULTS.network().embeddingDim() + ".")
                .contains("attention unit. Default: " + units(DEFAULTS.network().attentionUnits()) + ".")
                .contains("top MLP. Default: " + units(DEFAULTS.network().mlpUnits()) + ".")
                .contains("Hidden activation. Default: " + lower(DEFAULTS.network().activation()) + ".")
                .contains("paper's [cate ; brand] keys. Default: " + DEFAULTS.network().historyContext() + ".")
                .contains("/ batch size. Default: " + DEFAULTS.optimizer().embeddingL2() + ".")
                .contains("0 = never. Default: " + DEFAULTS.schedule().earlyStoppingPatience() + ".")
                .contains("are always reported). Default: " + lower(DEFAULTS.schedule().gaucWeighting()) + ".")
                .contains("bit-exact reproducibility. Default: " + DEFAULTS.schedule().threads() + ".")
                .contains("model is kept. Default: " + DEFAULTS.schedule().evaluateEveryBatches() + " (0 = about");
    }

    @Test
    void trainingWithoutSettingsUsesTheDefaultsOfTheConfiguration() throws Exception {
        Path db = TinyRuns.database(folder, 40);

        assertThat(run("train", "--db", db.toString(), "--json")).as(err.toString()).isZero();

        String modelFile = JsonMapper.builder().build().readTree(out.toString()).get("model_file").asText();
        assertThat(ModelFile.load(Path.of(modelFile), null).info().config()).isEqualTo(DEFAULTS);
    }

    private static String units(List<Integer> units) {
        return String.join(",", units.stream().map(String::valueOf).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
