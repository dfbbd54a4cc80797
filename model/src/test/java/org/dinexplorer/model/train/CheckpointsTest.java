package org.dinexplorer.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dinexplorer.model.bench.SyntheticBatches;
import org.dinexplorer.model.bench.VocabPreset;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.network.DinModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {

    private static final FeatureSchema SCHEMA = SyntheticBatches.schema(VocabPreset.DEMO, 10);

    @Test
    void aCheckpointIsDueOnceTheIntervalHasPassedSinceTheLastOneAndNeverWithoutAFile(@TempDir Path dir) {
        AtomicLong now = new AtomicLong(1_000);
        Checkpoints checkpoints = new Checkpoints(Duration.ofNanos(100), now::get);
        now.addAndGet(150);
        assertThat(checkpoints.due()).as("no file set").isFalse();

        Path file = dir.resolve("checkpoint.zip");
        checkpoints.saveTo(file, "fp");
        assertThat(checkpoints.due()).isTrue();
        DinConfig config = DinConfig.defaults(ModelVariant.BASE).withNetwork(4, List.of(8), List.of(8),
                ActivationKind.PRELU);
        checkpoints.save(new DinModel(config, SCHEMA, 1), TrainingState.fresh(3).withinEpoch(5, 5, 2.5));
        assertThat(Files.exists(file)).isTrue();
        assertThat(checkpoints.due()).as("just saved").isFalse();
        now.addAndGet(99);
        assertThat(checkpoints.due()).isFalse();
        now.addAndGet(1);
        assertThat(checkpoints.due()).isTrue();
        assertThat(ModelFile.load(file, "fp").training()).hasValueSatisfying(state -> {
            assertThat(state.batchesDoneInEpoch()).isEqualTo(5);
            assertThat(state.lossSumInEpoch()).isEqualTo(2.5);
        });
    }
}
