package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {

    @TempDir
    Path dir;

    @Test
    void replacesAnExistingFolderWithTheNewContentOnly() throws IOException {
        Path target = dir.resolve("x.db.dataset");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.bin"), "old");
        AtomicFolder.write(target, folder -> Files.writeString(folder.resolve("labels.bin"), "new"));
        try (var files = Files.list(target)) {
            assertThat(files).containsExactly(target.resolve("labels.bin"));
        }
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(target);
        }
    }

    @Test
    void aWriterThatFailsLeavesTheOldFolderAndNoPartialOne() throws IOException {
        Path target = dir.resolve("train");
        Files.createDirectories(target);
        Files.writeString(target.resolve("labels.bin"), "old");
        assertThatThrownBy(() -> AtomicFolder.write(target, folder -> {
            Files.writeString(folder.resolve("labels.bin"), "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target.resolve("labels.bin")).hasContent("old");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(target);
        }
    }

    @Test
    void leftoversOfAnEarlierAttemptAreClearedBeforeWriting() throws IOException {
        Path target = dir.resolve("test");
        Files.createDirectories(dir.resolve("test.tmp"));
        Files.writeString(dir.resolve("test.tmp/junk.bin"), "junk");
        AtomicFolder.write(target, folder -> Files.writeString(folder.resolve("labels.bin"), "new"));
        try (var files = Files.list(target)) {
            assertThat(files).containsExactly(target.resolve("labels.bin"));
        }
    }
}
