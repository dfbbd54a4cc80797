package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchTrainCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void trainingBenchmarkPrintsThroughputProfileAndMemory() {
        assertThat(run("bench", "train", "--model", "base", "--vocab", "demo", "--batch", "32", "--steps", "3",
                "--warmup", "1", "--history", "5", "--threads", "1")).isZero();
        assertThat(out.toString()).contains("BASE training, vocab demo, batch 32, history 5")
                .contains("samples/s").contains("ms per step: gather").contains("optimizer").contains("peak RSS");
    }

    @Test
    void inferenceBenchmarkTimesForwardPassesOnly() {
        assertThat(run("bench", "infer", "--model", "DIN", "--vocab", "demo", "--batch", "16", "--steps", "2",
                "--warmup", "0", "--history", "4")).isZero();
        assertThat(out.toString()).contains("DIN inference").contains("history_forward")
                .doesNotContain("optimizer");
    }

    @Test
    void anUnknownModelIsAUsageErrorNamingTheChoices() {
        assertThat(run("bench", "train", "--model", "xgboost")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--model must be one of [din, base, lr], got 'xgboost'");
        assertThat(out.toString()).isEmpty();
    }
}
