package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliMainTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: din-explorer").contains("info").contains("bench");
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("DIN Explorer ");
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitCodeOne() {
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("frobnicate").contains("--help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void infoShowsTheNativeCpuBackendAndACorrectProduct() {
        assertThat(run("info", "--data-dir", dataDir.toString())).isZero();
        assertThat(out.toString())
                .contains("ND4J backend   CPU")
                .contains("CUDA backend   " + (Boolean.getBoolean("din.test.cudaInBuild")
                        ? "in this build, not usable here: " : "not in this build (CPU only)"))
                .contains("BLAS           OPENBLAS")
                .contains("Products       OpenBLAS (direct)")
                .contains("[19.0, 22.0, 43.0, 50.0] -> correct")
                .contains("Data directory " + dataDir);
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        var commandLine = CliMain.create();
        for (String name : commandLine.getSubcommands().keySet()) {
            StringWriter help = new StringWriter();
            int code = CliMain.run(new String[] {name, "--help"}, new PrintWriter(help, true),
                    new PrintWriter(err, true));
            assertThat(code).as(name).isZero();
            assertThat(help.toString()).as(name).contains("Usage: din-explorer " + name);
        }
    }
}
