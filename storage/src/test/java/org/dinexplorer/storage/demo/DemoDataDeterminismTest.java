package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed alone decides the bytes. */
class DemoDataDeterminismTest {

    private static final List<String> FILES = List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv",
            "behavior_log.csv", "truth.csv", "dirty-manifest.csv", "preset.json", "README.txt");

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path third;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        DemoTestFiles.generate(first, 7, true);
        DemoTestFiles.generate(second, 7, true);
        for (String file : FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        DemoTestFiles.generate(first, 7, false);
        DemoTestFiles.generate(second, 8, false);
        for (String file : List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv", "behavior_log.csv")) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void gzipHoldsExactlyThePlainBytesAndIsItselfReproducible() throws IOException {
        DemoTestFiles.generate(first, 3, false);
        GenerationConfig gzip = new GenerationConfig(second, DemoPreset.TINY, 3, false, true);
        new DemoDataGenerator().generate(gzip, GenerationListener.NONE, () -> false);
        new DemoDataGenerator().generate(new GenerationConfig(third, DemoPreset.TINY, 3, false, true),
                GenerationListener.NONE, () -> false);
        for (String file : List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv", "behavior_log.csv",
                "truth.csv")) {
            assertThat(Files.exists(second.resolve(file))).as(file).isFalse();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(second.resolve(file + ".gz")))) {
                assertThat(in.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
            }
            assertThat(Files.mismatch(second.resolve(file + ".gz"), third.resolve(file + ".gz"))).isEqualTo(-1L);
        }
    }

    /** SHA-256 of the tiny preset at seed 42, as generated before campaign, customer and id counts became settings. */
    @Test
    void tinyPresetKeepsItsBytes() throws Exception {
        new DemoDataGenerator().generate(GenerationConfig.of(first, DemoPreset.TINY, 42), GenerationListener.NONE,
                () -> false);
        Map<String, String> expected = Map.of(
                "ad_feature.csv", "598466c74a3f4bc9005f015755c7a5b7f593276529f491a8cb275d5440dfea5a",
                "user_profile.csv", "a828e3c90e5d2dcfef5f8928e45be921f79b16f7dc748bb5f0ee630343f357db",
                "raw_sample.csv", "53d729ad51616a88748ac00bbeeda75837b9c33b6775d91e76dea08a5a51554f",
                "behavior_log.csv", "f0dadd38a030e64fdc44f3234a165723697870a9d30b396dd3c166f08c98f553",
                "truth.csv", "c4ba2f2965577d5d3350069089b39d612ed973756a1900c1041beb468fb226df",
                "preset.json", "2e70dbf80211f70d16f72e844234f7ea8a9fd2cb9dcdaa8ba326f13dcf723c9b",
                "README.txt", "00949c6839ecb860e777d2342d936d46e20218189e963250de7d715de73fbc45");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            byte[] digest = sha256.digest(Files.readAllBytes(first.resolve(file.getKey())));
            assertThat(HexFormat.of().formatHex(digest)).as(file.getKey()).isEqualTo(file.getValue());
        }
    }
}
