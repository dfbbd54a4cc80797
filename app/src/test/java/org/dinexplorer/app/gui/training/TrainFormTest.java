package org.dinexplorer.app.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "EMBEDDING_DIM; 0; Embedding dim must be in 1..256, got 0",
        "ATTENTION_UNITS; 80,0; Attention units must be in 1..4096, got 0",
        "LEARNING_RATE; 2; Learning rate must be in (0.0, 1.0], got 2.0",
        "BATCH_SIZE; 0; Batch size must be in 1..65536, got 0",
        "L2; 3; Embedding L2 must be in [0.0, 1.000001), got 3.0",
        "PATIENCE; 1001; Patience must be in 0..1000, got 1001"})
    void anOutOfRangeValueGetsTheConfigurationsMessageNextToItsFieldOnly(TrainField field, String text,
            String message) {
        TrainForm form = new TrainForm();
        form.text(field).set(text);

        assertThat(form.toConfig()).isEmpty();

        assertThat(form.error(field).get()).isEqualTo(message);
        assertThat(Arrays.stream(TrainField.values()).filter(other -> other != field))
                .allSatisfy(other -> assertThat(form.error(other).get()).isEmpty());
        assertThat(form.formError().get()).isEmpty();
    }
}
