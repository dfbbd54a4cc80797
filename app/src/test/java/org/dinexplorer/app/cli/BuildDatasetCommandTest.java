package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dinexplorer.app.service.imports.SyntheticLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDatasetCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void buildsAndPrintsJsonSummary() throws Exception {
        Path db = SyntheticLogs.write(folder, 20, 3);

        int code = run("build-dataset", "--db", db.toString(), "--history", "5", "--json");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("\"fingerprint\"").contains("\"testDay\" : \"2017-05-13\"")
                .contains("\"historyLength\" : 5").contains("\"btag\" : 6")
                .contains("\"validation\" : \"LAST_TRAIN_DAY\"");
        com.fasterxml.jackson.databind.JsonNode validation = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .build().readTree(out.toString()).path("splits").path("validation");
        assertThat(validation.path("firstDay").asText()).isEqualTo("2017-05-12");
        assertThat(validation.path("lastDay").asText()).isEqualTo("2017-05-12");
        assertThat(validation.path("samples").asLong()).isPositive();
    }

    @Test
    void sameSettingsPrintTheSameFingerprintWhateverTheReaderCount() throws Exception {
        Path db = SyntheticLogs.write(folder, 20, 3);
        run("build-dataset", "--db", db.toString(), "--readers", "1");
        String first = out.toString().lines().filter(l -> l.startsWith("Fingerprint:")).findFirst().orElseThrow();
        out.getBuffer().setLength(0);
        run("build-dataset", "--db", db.toString(), "--readers", "3");

        assertThat(out.toString()).contains(first);
    }

    @Test
    void testDayWithoutImpressionsIsBadInput() throws Exception {
        Path db = SyntheticLogs.write(folder, 5, 3);

        assertThat(run("build-dataset", "--db", db.toString(), "--test-day", "2018-01-01"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("2018-01-01");
    }

    @Test
    void unknownValidationModeIsUsageError() throws Exception {
        Path db = SyntheticLogs.write(folder, 5, 3);

        assertThat(run("build-dataset", "--db", db.toString(), "--validation", "sometimes"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("build-dataset", "--db", db.toString(), "--history", "0")).isEqualTo(ExitCodes.USAGE);
    }
}
