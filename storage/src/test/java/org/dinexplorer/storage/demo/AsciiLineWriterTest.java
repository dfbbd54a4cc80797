package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciiLineWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesFieldsFixedPointNumbersAndRawLinesAndCountsLines() throws IOException {
        Path file = dir.resolve("out.csv");
        try (AsciiLineWriter out = AsciiLineWriter.open(file, false)) {
            out.rawLine("a,b ");
            out.field(0).field(-42).field("").field(1_494_691_199L).endLine();
            assertThat(out.lastLine()).isEqualTo("0,-42,,1494691199");
            out.fixed(5, 2).field("x").fixed(123_456, 6).fixed(100, 2).endLine();
            assertThat(out.lineCount()).isEqualTo(3);
        }
        assertThat(Files.readString(file)).isEqualTo("a,b \n0,-42,,1494691199\n0.05,x,0.123456,1.00\n");
    }

    @Test
    void growsItsLineBufferForLongLines() throws IOException {
        Path file = dir.resolve("long.csv");
        String longField = "y".repeat(1_000);
        try (AsciiLineWriter out = AsciiLineWriter.open(file, false)) {
            out.field(longField).field(longField).endLine();
        }
        assertThat(Files.readString(file)).isEqualTo(longField + "," + longField + "\n");
    }
}
