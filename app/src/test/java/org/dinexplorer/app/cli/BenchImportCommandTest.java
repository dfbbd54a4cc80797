package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the import benchmark on a small file: a smoke test of the command, not a timing. */
class BenchImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void smallRunPrintsRatesMemoryAndTheSqliteComparisonWhenInstalled() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CliMain.run(new String[] {"bench", "import", "--rows", "3000", "--work-dir", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3,000 rows").contains("rows/s").contains("MB/s")
                .contains("peak RSS (VmHWM)");
        boolean shell = Files.isExecutable(Path.of("/usr/bin/sqlite3"));
        assertThat(out.toString().contains("Ratio (DIN Explorer rows/s / sqlite3 rows/s)")).isEqualTo(shell);
        assertThat(dir.resolve("bench-import.db")).doesNotExist();
    }

    @Test
    void unknownSynchronousSettingIsAUsageError() {
        StringWriter err = new StringWriter();

        int code = CliMain.run(new String[] {"bench", "import", "--synchronous", "full"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--synchronous must be off or normal");
    }
}
