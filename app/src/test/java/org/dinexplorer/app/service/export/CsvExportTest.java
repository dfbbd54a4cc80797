package org.dinexplorer.app.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    @TempDir
    Path dir;

    @Test
    void chartRowsHoldEveryPointInFull() throws IOException {
        Path file = dir.resolve("auc.csv");
        new CsvExport().write(new ChartData("AUC", "epoch", "auc", List.of(
                new ChartData.Series("DIN, run 3", new double[] {1, 2}, new double[] {0.61, 0.6375}))), file);
        assertThat(Files.readAllLines(file)).containsExactly("series,epoch,auc", "\"DIN, run 3\",1,0.61",
                "\"DIN, run 3\",2,0.6375");
    }

    @Test
    void heatmapRowsSkipCellsWithoutValue() throws IOException {
        Path file = dir.resolve("heat.csv");
        new CsvExport().write(new HeatmapData("h", List.of("ad 1"), List.of("p0", "p1"), "weight",
                new double[][] {{Double.NaN, 0.25}}), file);
        assertThat(Files.readAllLines(file)).containsExactly("row,column,weight", "ad 1,p1,0.25");
    }

    @Test
    void heatmapWritesOneColumnPerLayerWhicheverIsDrawn() throws IOException {
        Path file = dir.resolve("layers.csv");
        List<HeatmapData.Layer> layers = List.of(new HeatmapData.Layer("weight", new double[][] {{-0.5, 0.25}}),
                new HeatmapData.Layer("influence", new double[][] {{0.0125, -0.003}}));
        new CsvExport().write(new HeatmapData("h", List.of("ad 1"), List.of("p0", "p1"), layers, 1), file);
        assertThat(Files.readAllLines(file)).containsExactly("row,column,weight,influence", "ad 1,p0,-0.5,0.0125",
                "ad 1,p1,0.25,-0.003");
    }

    @Test
    void anExportGetsTheSamePermissionsAsAnyNewFileOfTheUser() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path exported = dir.resolve("exported.csv");
        AtomicFiles.write(exported, out -> out.write('x'));
        assertThat(Files.readString(exported)).isEqualTo("x");
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt",
                    "exported.csv");
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoPartFile() throws IOException {
        Path file = dir.resolve("keep.csv");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("new".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("keep.csv").hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void decimationKeepsExtremesAndStaysWithinBudget() {
        int n = 10_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = i == 4321 ? 99 : i == 8765 ? -99 : 0;
        }
        ChartData.Series thin = Decimation.decimate(new ChartData.Series("s", xs, ys), 300);
        assertThat(thin.size()).isLessThanOrEqualTo(300);
        assertThat(thin.ys()).contains(99.0, -99.0);
        for (int i = 1; i < thin.size(); i++) {
            assertThat(thin.xs()[i]).isGreaterThan(thin.xs()[i - 1]);
        }
    }

    @Test
    void niceScaleRoundsToOneTwoOrFive() {
        NiceScale scale = NiceScale.of(0.613, 0.687, 6);
        assertThat(scale.step()).isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scale.min()).isLessThanOrEqualTo(0.613);
        assertThat(scale.max()).isGreaterThanOrEqualTo(0.687);
        assertThat(scale.label(0.62)).isEqualTo("0.62");
    }
}
