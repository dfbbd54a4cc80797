package org.dinexplorer.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dinexplorer.model.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model files written by an earlier release (format 1, before the history context existed) still load and predict
 * what that release predicted. The files under {@code compat/} were saved by that release with
 * {@code TestData.tinyConfig(variant, DICE)}, {@code TestData.tinySchema()} and seed 7; the predictions files hold the
 * raw float bits that release computed for {@code TestData.fourSamples()}. The comparison allows 1e-6: another CPU
 * (other OpenBLAS kernels) or another summation order may move the last bits, a wrongly read weight moves far more.
 */
class EarlierModelFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"din", "base"})
    void loadsAndPredictsWhatTheEarlierReleasePredicted(String variant)
            throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/compat/format1-" + variant + ".zip").toURI());
        LoadedModel loaded = ModelFile.load(file, "fixture");
        assertThat(loaded.info().config().network().historyContext()).isFalse();
        assertThat(loaded.info().config().network().variant().name()).isEqualToIgnoringCase(variant);

        float[] predicted = loaded.model().predict(TestData.fourSamples());
        String[] expected = expectedBits(variant);
        assertThat(expected).hasSize(4);
        for (int i = 0; i < 4; i++) {
            float then = Float.intBitsToFloat(Integer.parseUnsignedInt(expected[i], 16));
            assertThat(predicted[i]).as("sample %d", i).isCloseTo(then, within(1e-6f));
        }
    }

    private String[] expectedBits(String variant) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/compat/format1-" + variant + ".predictions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split("\n");
        }
    }
}
