package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dinexplorer.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, cancellation and failures of a generation. */
class DemoDataGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void reportsGrowingProgressUpToTheExpectedRowsAndEachFile() {
        RecordingListener listener = new RecordingListener();
        GenerationReport report = new DemoDataGenerator().generate(GenerationConfig.of(dir, DemoPreset.TINY, 1),
                listener, () -> false);
        assertThat(listener.expected).isPositive();
        assertThat(listener.progress).isSortedAccordingTo(Long::compare).hasSizeGreaterThan(1);
        long last = listener.progress.get(listener.progress.size() - 1);
        long written = report.adCount() + report.profileCount() + report.impressionCount() + report.behaviorCount();
        assertThat(last).isEqualTo(written);
        assertThat((double) last / listener.expected).isBetween(0.95, 1.05);
        assertThat(listener.files).containsExactlyElementsOf(report.files().stream().map(GeneratedFile::name)
                .toList());
    }

    @Test
    void stopRequestCancelsAndRemovesThePartialFiles() throws IOException {
        AtomicInteger polls = new AtomicInteger();
        GenerationConfig config = new GenerationConfig(dir, DemoPreset.TINY, 1, true, false);
        assertThatThrownBy(() -> new DemoDataGenerator().generate(config, GenerationListener.NONE,
                () -> polls.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class);
        assertThat(polls.get()).as("stops at the first poll that says so").isEqualTo(2);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void leavesOtherFilesInTheFolderAlone() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        new DemoDataGenerator().generate(GenerationConfig.of(dir, DemoPreset.TINY, 1), GenerationListener.NONE,
                () -> false);
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void anUnwritableOutputIsAStorageExceptionNamingTheFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path inside = file.resolve("out");
        assertThatThrownBy(() -> new DemoDataGenerator().generate(GenerationConfig.of(inside, DemoPreset.TINY, 1),
                GenerationListener.NONE, () -> false))
                .isInstanceOf(StorageException.class).hasMessageContaining(inside.toString());
    }

    @Test
    void presetNamesAreCaseInsensitiveAndUnknownOnesAreExplained() {
        assertThat(DemoPreset.fromName("Medium")).isEqualTo(DemoPreset.MEDIUM);
        assertThat(DemoPreset.TINY.cliName()).isEqualTo("tiny");
        assertThatThrownBy(() -> DemoPreset.fromName("huge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiny, mini, small, medium or taobao");
    }

    /** Records what the generator reports. */
    private static final class RecordingListener implements GenerationListener {
        private long expected;
        private final List<Long> progress = new ArrayList<>();
        private final List<String> files = new ArrayList<>();

        @Override
        public void onStart(long expectedRowCount) {
            expected = expectedRowCount;
        }

        @Override
        public void onProgress(long rowsWritten, long expectedRowCount) {
            progress.add(rowsWritten);
        }

        @Override
        public void onFileDone(GeneratedFile file) {
            files.add(file.name());
        }
    }
}
