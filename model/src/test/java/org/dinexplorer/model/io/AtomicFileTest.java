package org.dinexplorer.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNothingElseBehind() throws IOException {
        Path file = dir.resolve("sub/chart.csv");
        AtomicFile.write(file, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("a,b");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoPartialFile() throws IOException {
        Path file = dir.resolve("model.din");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(file).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriterThatFailsWithAnUncheckedExceptionLeavesNoFile() throws IOException {
        Path file = dir.resolve("weights.safetensors");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            throw new IllegalStateException("no tensors");
        })).isInstanceOf(IllegalStateException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
