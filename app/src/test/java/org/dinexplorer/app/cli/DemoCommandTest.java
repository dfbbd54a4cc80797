package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the tiny preset (generate, import, build, train DIN and the baseline): 15-30 s. */
class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void demoTrainsDinAndTheBaselineAndPrintsBothTestMetrics() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CliMain.run(new String[] {"demo", "--headless", "--dir", folder.toString(), "--preset",
            "tiny", "--epochs", "1"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("DIN\\s+run 1 COMPLETED  test AUC 0\\.\\d+")
                .containsPattern("Embedding&MLP\\s+run 2 COMPLETED  test AUC 0\\.\\d+");
        assertThat(folder.resolve("demo.db")).isRegularFile();
    }

    @Test
    void theDemoTrainsWithTheDefaultsOfTheConfigurationAndItsHelpSaysSo() {
        DinConfig defaults = DinConfig.defaults(ModelVariant.DIN);
        StringWriter out = new StringWriter();

        assertThat(CliMain.run(new String[] {"demo", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))).isZero();

        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("may stop early). Default: " + defaults.schedule().epochs() + ", as train.")
                .contains("Batch size. Default: " + defaults.schedule().batchSize() + ", as train.")
                .contains("BLAS threads (0 = library default). Default: " + defaults.schedule().threads() + ".");
    }
}
