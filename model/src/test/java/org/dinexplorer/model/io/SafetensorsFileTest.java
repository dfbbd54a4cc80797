package org.dinexplorer.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.dinexplorer.model.TestData;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.train.TrainingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsFileTest {

    @TempDir
    Path dir;
    private DinModel model;
    private Path file;

    @BeforeEach
    void saveAModelWithDiceStatistics() {
        model = new DinModel(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.DICE), TestData.tinySchema(), 8);
        model.network().forward(TestData.fourSamples(), true);
        file = dir.resolve("weights.safetensors");
        SafetensorsFile.save(file, model, "fingerprint-1");
    }

    @Test
    void roundTripGivesBitIdenticalPredictionsConfigAndSchema() {
        LoadedModel loaded = SafetensorsFile.load(file, "fingerprint-1");

        float[] expected = model.predict(TestData.fourSamples());
        float[] actual = loaded.model().predict(TestData.fourSamples());
        for (int i = 0; i < expected.length; i++) {
            assertThat(Float.floatToRawIntBits(actual[i])).isEqualTo(Float.floatToRawIntBits(expected[i]));
        }
        assertThat(loaded.info().config()).isEqualTo(model.config());
        assertThat(loaded.info().schema()).isEqualTo(model.schema());
        assertThat(loaded.info().datasetFingerprint()).isEqualTo("fingerprint-1");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void headerNamesTheNetworksParametersWithTheirShapesAndStartsDataAligned() throws IOException {
        ObjectNode header = header(file);
        int e = model.config().network().embeddingDim();
        assertThat(header.get("attention.h0.W").get("shape").toString()).isEqualTo("[" + (3 * 2 * e + 4 * e) + ",6]");
        assertThat(header.get("embedding.cate_id").get("shape").toString()).isEqualTo("[8," + e + "]");
        assertThat(header.get("top.h0.dice.runningVar").get("dtype").asText()).isEqualTo("F32");
        assertThat(header.get("__metadata__").get("dataset_fingerprint").asText()).isEqualTo("fingerprint-1");
        assertThat(headerLength(file) % 8).isZero();
    }

    @Test
    void refusesWeightsTrainedOnOtherData() {
        assertThatThrownBy(() -> SafetensorsFile.load(file, "fingerprint-2")).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("fingerprint-1").hasMessageContaining("fingerprint-2");
    }

    @Test
    void refusesTensorsOfAnotherShapeThanTheMetadataDescribes() throws IOException {
        Path edited = rewriteHeader(h -> ((ObjectNode) h.get("__metadata__")).put("schema",
                h.get("__metadata__").get("schema").asText().replace("\"userid\":12", "\"userid\":13")));

        assertThatThrownBy(() -> SafetensorsFile.load(edited, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("edited.safetensors").hasMessageContaining("'embedding.userid' is F32 [12, 4]")
                .hasMessageContaining("expected F32 [13, 4]");
    }

    @Test
    void refusesAForeignSafetensorsFileWithoutItsMetadata() throws IOException {
        Path foreign = rewriteHeader(h -> h.remove("__metadata__"));

        assertThatThrownBy(() -> SafetensorsFile.load(foreign, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not DIN Explorer weights");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.safetensors");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 100));

        assertThatThrownBy(() -> SafetensorsFile.load(truncated, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("truncated.safetensors").hasMessageContaining("truncated or damaged");
    }

    @Test
    void refusesAFileThatIsNotSafetensors() throws IOException {
        Path zip = dir.resolve("model.zip");
        ModelFile.save(zip, model, "fingerprint-1", TrainingState.fresh(8), false);

        assertThatThrownBy(() -> SafetensorsFile.load(zip, null)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.zip is not a safetensors file");
    }

    private static long headerLength(Path path) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(path), 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static ObjectNode header(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return (ObjectNode) JsonMapper.builder().build().readTree(new String(bytes, 8, (int) headerLength(path),
                StandardCharsets.UTF_8));
    }

    /** A copy of the file under {@code edited.safetensors} with an edited header and the same tensor bytes. */
    private Path rewriteHeader(Consumer<ObjectNode> edit) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long length = headerLength(file);
        ObjectNode header = header(file);
        edit.accept(header);
        byte[] text = JsonMapper.builder().build().writeValueAsBytes(header);
        Path out = dir.resolve("edited.safetensors");
        try (var stream = Files.newOutputStream(out)) {
            stream.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(text.length).array());
            stream.write(text);
            stream.write(bytes, (int) (8 + length), (int) (bytes.length - 8 - length));
        }
        return out;
    }
}
