package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Collectors;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.demo.DemoDataGenerator;
import org.dinexplorer.storage.demo.DemoPreset;
import org.dinexplorer.storage.demo.GenerationConfig;
import org.dinexplorer.storage.demo.GenerationListener;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportListener;
import org.dinexplorer.storage.importing.TaobaoImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training set read from its memory-mapped column files gives exactly the batches the reader gave when it held
 * every column in the Java heap. The digests below were recorded with that in-heap reader (before the columns were
 * mapped) on the same generated data, settings, shuffle seed and batch size; any change to which sample lands in which
 * batch, or to any value in it, changes them.
 */
class MappedTrainingSetTest {

    /** SHA-256 of every split's batches (in-heap reader, tiny preset seed 7, defaults with history 20). */
    private static final String SHUFFLED_BATCHES =
            "3c0f9e4a76dce1938f1b95a8d183bf60ffdb12979c15eb53e967071d7c32e5ec";
    /** SHA-256 of every sample's detail (raw ids, times, history items) in stable order, same reader and data. */
    private static final String DETAILS =
            "85a7e08655e0fd55abdd5c77f6f343c422fa834c58b72be7c9a73686068a61e1";
    /**
     * SHA-256 of the fingerprint text the in-heap build gave (settings, splits, price moments and every vocabulary),
     * without its schema version line, which changes with every database migration.
     */
    private static final String FINGERPRINT_TEXT =
            "1490de7ff13e048e14d1df3700229b60a5956f2f1e592085310d587314701b3c";

    @TempDir
    static Path folder;

    private static SampleReader reader;

    @BeforeAll
    static void buildTheTinyDemoTrainingSet() {
        Path files = folder.resolve("demo");
        new DemoDataGenerator().generate(new GenerationConfig(files, DemoPreset.TINY, 7, false, false),
                new GenerationListener() { }, () -> false);
        Database database = Database.open(folder.resolve("demo.db"));
        new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(files), new ImportListener() { }, () -> false);
        new DatasetBuilder(database).build(DatasetConfig.defaults().withHistoryLength(20), BuildListener.NONE,
                () -> false);
        reader = SampleReader.open(database);
    }

    @Test
    void shuffledBatchesHoldTheSameSamplesInTheSameOrderWithTheSameValues() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Split split : Split.values()) {
            int n = reader.sampleCount(split);
            int[] order = shuffled(n, new Random(42 + split.ordinal()));
            for (int from = 0; from < n; from += 100) {
                add(digest, reader.read(split, order, from, Math.min(100, n - from)));
            }
            if (n > 0) {
                add(digest, reader.readRange(split, n / 3, Math.min(57, n - n / 3)));
            }
        }
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(SHUFFLED_BATCHES);
    }

    @Test
    void theBuildGivesTheSameFingerprintText() {
        String text = reader.fingerprintText().lines().filter(line -> !line.startsWith("schema_version="))
                .collect(Collectors.joining("\n"));
        assertThat(DatasetFingerprint.sha256(text)).isEqualTo(FINGERPRINT_TEXT);
    }

    @Test
    void everySampleDetailIsTheSame() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Split split : Split.values()) {
            for (int p = 0; p < reader.sampleCount(split); p++) {
                SampleDetail d = reader.detail(split, p);
                String text = String.join("|", d.split().id(), "" + d.position(), "" + d.sampleId(), "" + d.userId(),
                        "" + d.timeStamp(), java.util.Arrays.toString(d.adFields()), "" + d.price(), d.pid(),
                        "" + d.clicked(), d.history().toString());
                digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(DETAILS);
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static void add(MessageDigest digest, EncodedSamples block) {
        ByteBuffer bytes = ByteBuffer.allocate(block.size() * (16 + 4 * SampleFields.USER_FIELDS.size()
                + 4 * SampleFields.AD_FIELDS.size() + 16 * block.historyLength() + 8 + 8));
        for (int[] field : block.userFeatures()) {
            bytes.asIntBuffer().put(field);
            bytes.position(bytes.position() + 4 * field.length);
        }
        for (int[] field : block.adFeatures()) {
            bytes.asIntBuffer().put(field);
            bytes.position(bytes.position() + 4 * field.length);
        }
        for (int[] cells : new int[][] {block.histCate(), block.histBrand(), block.histBtag(), block.histAge(),
            block.historyLengths()}) {
            bytes.asIntBuffer().put(cells);
            bytes.position(bytes.position() + 4 * cells.length);
        }
        for (int k = 0; k < block.size(); k++) {
            bytes.putFloat(block.price()[k]).putFloat(block.labels()[k]).putLong(block.userIds()[k])
                    .putLong(block.sampleIds()[k]);
        }
        digest.update(bytes.array(), 0, bytes.position());
    }
}
