package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.demo.DemoDataGenerator;
import org.dinexplorer.storage.demo.DemoPreset;
import org.dinexplorer.storage.demo.GenerationConfig;
import org.dinexplorer.storage.demo.GenerationListener;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportListener;
import org.dinexplorer.storage.importing.TaobaoImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo data (tiny preset: behaviours before, at and after impressions) through the real importer and the builder: no
 * history of any sample holds a behaviour at or after its impression, and each history equals what SQL selects.
 */
class GeneratedDataDatasetTest {

    private static final int HISTORY = 20;

    @TempDir
    Path folder;

    @Test
    void noHistoryReachesItsImpressionAndEveryHistoryMatchesSql() throws Exception {
        Path files = folder.resolve("demo");
        new DemoDataGenerator().generate(new GenerationConfig(files, DemoPreset.TINY, 7, false, false),
                new GenerationListener() { }, () -> false);
        Database database = Database.open(folder.resolve("demo.db"));
        new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(files), new ImportListener() { }, () -> false);
        new DatasetBuilder(database).build(DatasetConfig.defaults().withHistoryLength(HISTORY), BuildListener.NONE,
                () -> false);
        SampleReader reader = SampleReader.open(database);

        long samples = 0;
        long items = 0;
        try (Connection connection = database.connect();
             var statement = connection.createStatement();
             ResultSet later = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM impressions i JOIN behaviors b "
                     + "ON b.user = i.user AND b.time_stamp >= i.time_stamp)")) {
            assertThat(later.getInt(1)).as("the data has behaviours at or after impressions").isEqualTo(1);
        }
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT time_stamp, btag, cate FROM behaviors "
                     + "WHERE user = ? AND time_stamp < ? ORDER BY time_stamp DESC, btag DESC, cate DESC, "
                     + "coalesce(brand, -2147483648) DESC LIMIT " + HISTORY)) {
            for (Split split : Split.values()) {
                for (int p = 0; p < reader.sampleCount(split); p += 7) {
                    SampleDetail sample = reader.detail(split, p);
                    assertThat(sample.history()).allSatisfy(item ->
                            assertThat(item.timeStamp()).isLessThan(sample.timeStamp()));
                    assertThat(sample.history().stream().map(i -> List.of(i.timeStamp(), (long) i.btag(),
                            (long) i.cate())).toList()).isEqualTo(fromSql(select, sample));
                    samples++;
                    items += sample.history().size();
                }
            }
        }
        assertThat(samples).isGreaterThan(1000);
        assertThat(items).isGreaterThan(samples);
    }

    private static List<List<Long>> fromSql(PreparedStatement select, SampleDetail sample) throws Exception {
        select.setInt(1, sample.userId());
        select.setLong(2, sample.timeStamp());
        List<List<Long>> newestFirst = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                newestFirst.add(List.of(row.getLong(1), row.getLong(2), row.getLong(3)));
            }
        }
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
