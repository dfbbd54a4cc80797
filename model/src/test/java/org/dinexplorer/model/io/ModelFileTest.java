package org.dinexplorer.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dinexplorer.model.TestData;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.train.TrainingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;
    private DinModel model;
    private Path file;

    @BeforeEach
    void saveATrainedLookingModel() {
        model = new DinModel(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.DICE), TestData.tinySchema(), 8);
        model.network().forward(TestData.fourSamples(), true);
        file = dir.resolve("model.din");
        ModelFile.save(file, model, "fingerprint-1", TrainingState.fresh(8), true);
    }

    @Test
    void loadedModelGivesBitIdenticalPredictions() {
        LoadedModel loaded = ModelFile.load(file, "fingerprint-1");
        assertThat(loaded.model().predict(TestData.fourSamples())).isEqualTo(model.predict(TestData.fourSamples()));
        assertThat(loaded.info().config()).isEqualTo(model.config());
        assertThat(loaded.info().schema()).isEqualTo(model.schema());
        assertThat(loaded.training()).contains(TrainingState.fresh(8));
        assertThat(loaded.info().libraryVersions()).containsKeys("java", "openblas");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void weightsLoadedIntoAnotherModelOfTheSameNetworkPredictAsTheSavedOneAndAnotherNetworkIsRefused() {
        DinModel other = new DinModel(model.config(), model.schema(), 99);
        assertThat(other.predict(TestData.fourSamples())).isNotEqualTo(model.predict(TestData.fourSamples()));

        ModelFile.loadWeightsInto(file, other, "fingerprint-1");

        assertThat(other.predict(TestData.fourSamples())).isEqualTo(model.predict(TestData.fourSamples()));
        DinModel base = new DinModel(TestData.tinyConfig(ModelVariant.BASE, ActivationKind.DICE), model.schema(), 8);
        assertThatThrownBy(() -> ModelFile.loadWeightsInto(file, base, "fingerprint-1"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("another network");
    }

    @Test
    void refusesAModelTrainedOnOtherData() {
        assertThatThrownBy(() -> ModelFile.load(file, "fingerprint-2")).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("fingerprint-1").hasMessageContaining("fingerprint-2");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.din");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertThatThrownBy(() -> ModelFile.load(truncated, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("truncated.din");
    }

    @Test
    void refusesAFileWithADamagedWeight() throws IOException {
        Path damaged = dir.resolve("damaged.din");
        writeWithoutCrc(damaged);
        assertThatThrownBy(() -> ModelFile.load(damaged, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("damaged.din");
    }

    private void writeWithoutCrc(Path damaged) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] marker = "tables/userid.f32".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, marker);
        bytes[at + marker.length + 40] ^= 0x40;
        Files.write(damaged, bytes);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found");
    }

    @Test
    void refusesAForeignZipAndAFileThatIsNoZip() throws IOException {
        Path foreign = dir.resolve("foreign.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(foreign))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> ModelFile.load(foreign, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not a DIN Explorer model file");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "just text");
        assertThatThrownBy(() -> ModelFile.load(text, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("notes.txt");
        assertThatThrownBy(() -> ModelFile.load(dir.resolve("missing.din"), null))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("no model file");
    }

    @Test
    void refusesAnotherFormatVersionWithAClearMessage() throws IOException {
        Path future = dir.resolve("future.din");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(future))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"din-explorer-model\",\"formatVersion\":99}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> ModelFile.load(future, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("version 99").hasMessageContaining("reads version 1");
    }

    @Test
    void aCheckpointWrittenBeforeEvaluationPendingExistedLoadsAsOwingNoEvaluation() throws IOException {
        ModelFile.save(file, model, "fp", new TrainingState(8, 0, 3, 3, 1.5, Double.NaN, 0, 0, 0, List.of(), true),
                true);
        try (FileSystem zip = FileSystems.newFileSystem(file)) {
            Path manifest = zip.getPath("manifest.json");
            String text = Files.readString(manifest);
            assertThat(text).contains("\"evaluationPending\" : true");
            Files.writeString(manifest, text.replaceAll(",\\s*\"evaluationPending\" : true", ""));
        }
        assertThat(ModelFile.load(file, "fp").training()).hasValueSatisfying(state -> {
            assertThat(state.evaluationPending()).isFalse();
            assertThat(state.batchesDoneInEpoch()).isEqualTo(3);
        });
    }

    @Test
    void modelWithoutOptimizerStateStillPredictsIdentically() throws IOException {
        Path slim = dir.resolve("slim.din");
        ModelFile.save(slim, model, "fp", null, false);
        assertThat(Files.size(slim)).isLessThan(Files.size(file));
        LoadedModel loaded = ModelFile.load(slim, null);
        assertThat(loaded.model().predict(TestData.fourSamples())).isEqualTo(model.predict(TestData.fourSamples()));
        assertThat(loaded.training()).isEmpty();
    }
}
