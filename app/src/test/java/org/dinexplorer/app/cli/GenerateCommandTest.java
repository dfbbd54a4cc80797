package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void generatesTheTinyPresetAndPrintsASummary() {
        int code = run("generate", "--out", dir.toString(), "--preset", "TINY", "--seed", "3", "--dirty");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Generated tiny demo data (seed 3, with bad rows)")
                .contains("impressions").contains("CTR").contains("raw_sample.csv").contains("dirty-manifest.csv");
        for (String file : new String[] {"raw_sample.csv", "ad_feature.csv", "user_profile.csv", "behavior_log.csv",
            "truth.csv", "dirty-manifest.csv", "README.txt", "preset.json"}) {
            assertThat(dir.resolve(file)).exists();
        }
    }

    @Test
    void gzipOptionWritesCompressedDataFiles() {
        assertThat(run("generate", "--out", dir.toString(), "--gzip")).isZero();
        assertThat(dir.resolve("raw_sample.csv.gz")).exists();
        assertThat(dir.resolve("raw_sample.csv")).doesNotExist();
    }

    @Test
    void unknownPresetIsAUsageErrorAndWritesNothing() throws Exception {
        assertThat(run("generate", "--out", dir.toString(), "--preset", "huge")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown preset 'huge'").contains("tiny, mini, small, medium or taobao");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void scaleShrinksThePresetAndIsNamedInTheSummary() {
        int code = run("generate", "--out", dir.toString(), "--preset", "taobao", "--scale", "0.0002");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Generated taobao demo data (scale 0.0002, seed 42)")
                .containsPattern("users +228 ");
    }

    @Test
    void scaleOutsideZeroToOneIsAUsageError() {
        assertThat(run("generate", "--out", dir.toString(), "--scale", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Scale must be greater than 0 and at most 1");
    }

    @Test
    void outputFolderIsRequired() {
        assertThat(run("generate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--out");
    }
}
