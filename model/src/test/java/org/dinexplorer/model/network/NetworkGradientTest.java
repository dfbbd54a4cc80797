package org.dinexplorer.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.dinexplorer.model.GradientCheck;
import org.dinexplorer.model.TestData;
import org.dinexplorer.model.config.ActivationKind;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.PoolingMode;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkGradientTest {

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU)),
                Arguments.of(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.DICE)),
                Arguments.of(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU).withHistoryContext(false)),
                Arguments.of(TestData.tinyConfig(ModelVariant.DIN, ActivationKind.PRELU)
                        .withOptions(true, PoolingMode.MEAN, 0)),
                Arguments.of(TestData.tinyConfig(ModelVariant.BASE, ActivationKind.PRELU)),
                Arguments.of(TestData.tinyConfig(ModelVariant.BASE, ActivationKind.DICE)
                        .withOptions(false, PoolingMode.SUM, 0)),
                Arguments.of(TestData.tinyConfig(ModelVariant.LR, ActivationKind.PRELU)));
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everyGradientMatchesFiniteDifferences(DinConfig config) {
        Network network = NetworkRegistry.create(config, TestData.tinySchema(), 11);
        Batch batch = TestData.fourSamples();
        network.forward(batch, true);
        network.backward(batch);
        java.util.function.DoubleSupplier loss = () -> {
            network.forward(batch, true);
            return network.loss(batch);
        };
        GradientCheck check = new GradientCheck();
        for (Param p : network.params()) {
            for (int i = 0; i < p.size(); i++) {
                check.check(p.name(), p.value(), i, p.grad()[i], loss);
            }
        }
        for (SparseEmbeddingTable table : network.tables()) {
            for (int row = 0; row < table.rows(); row++) {
                float[] analytic = table.pendingGradient(row);
                for (int d = 0; d < table.dim(); d++) {
                    check.check(table.name() + "#" + row, table.values(), row * table.dim() + d, analytic[d], loss);
                }
            }
        }
        assertThat(check.checked()).isGreaterThan(50);
        assertThat(check.kinks()).isLessThan(Math.max(2, check.checked() / 50));
        assertThat(check.mismatches()).isEmpty();
    }
}
