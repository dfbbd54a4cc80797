package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.dinexplorer.app.jobs.JobProgress;
import org.junit.jupiter.api.Test;

class CliProgressTest {

    @Test
    void lineShowsPercentElapsedAndEta() {
        String line = CliProgress.line(JobProgress.of(25, 100, "importing"), Duration.ofSeconds(30),
                Optional.of(Duration.ofSeconds(90)));
        assertThat(line).isEqualTo("[ 25.0%] importing  elapsed 0:30, ETA 1:30");
    }

    @Test
    void indeterminateProgressHasNoPercentOrEta() {
        String line = CliProgress.line(JobProgress.indeterminate("scanning"), Duration.ofSeconds(5),
                Optional.empty());
        assertThat(line).isEqualTo("scanning  elapsed 0:05");
    }

    @Test
    void longDurationsShowHours() {
        assertThat(JobProgress.formatDuration(Duration.ofSeconds(3 * 3600 + 65))).isEqualTo("3:01:05");
    }

    @Test
    void printsAtMostOncePerSecond() {
        StringWriter err = new StringWriter();
        CliProgress progress = new CliProgress(new PrintWriter(err, true));
        for (int i = 0; i < 1000; i++) {
            progress.accept(JobProgress.of(i, 1000, "step " + i));
        }
        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("step 0");
    }
}
