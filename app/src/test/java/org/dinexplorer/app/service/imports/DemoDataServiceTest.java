package org.dinexplorer.app.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.demo.DemoPreset;
import org.dinexplorer.storage.demo.GenerationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {

    @TempDir
    Path dir;

    @Test
    void generatesWithPlainValuesAndReportsGrowingProgress() {
        List<JobProgress> progress = new ArrayList<>();
        GenerationReport report = new DemoDataService().generate(dir, "tiny", 5, false, false, progress::add,
                () -> false);
        assertThat(report.preset()).isEqualTo(DemoPreset.TINY);
        assertThat(report.seed()).isEqualTo(5);
        assertThat(progress).hasSizeGreaterThan(1);
        assertThat(progress).extracting(JobProgress::fraction).isSortedAccordingTo(Double::compare);
        assertThat(progress.get(progress.size() - 1).fraction()).isGreaterThan(0.95);
        assertThat(progress.get(progress.size() - 1).message()).contains("rows");
    }

    @Test
    void stopsWhenAsked() {
        assertThatThrownBy(() -> new DemoDataService().generate(dir, "tiny", 5, false, false, p -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void rejectsAnUnknownPreset() {
        assertThatThrownBy(() -> new DemoDataService().generate(dir, "giant", 5, false, false, p -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("giant");
    }
}
