package org.dinexplorer.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductEngineTest {

    @Test
    void autoFollowsTheNd4jBackend() {
        assertThat(ProductEngine.choose(null, () -> true)).isEqualTo(ProductEngine.ND4J);
        assertThat(ProductEngine.choose(" Auto ", () -> false)).isEqualTo(ProductEngine.OPENBLAS);
        assertThat(ProductEngine.choose("", () -> false)).isEqualTo(ProductEngine.OPENBLAS);
    }

    @Test
    void anExplicitSettingWinsWithoutAskingForTheBackend() {
        assertThat(ProductEngine.choose("ND4J", () -> {
            throw new AssertionError("backend asked");
        })).isEqualTo(ProductEngine.ND4J);
        assertThat(ProductEngine.choose("openblas", () -> true)).isEqualTo(ProductEngine.OPENBLAS);
    }

    @Test
    void anUnknownSettingNamesTheVariableAndTheChoices() {
        assertThatThrownBy(() -> ProductEngine.choose("cublas", () -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DIN_EXPLORER_PRODUCTS must be auto, openblas or nd4j, not 'cublas'");
    }

    @Test
    void theCpuBuildChoosesOpenBlas() {
        assertThat(ProductEngine.active()).isEqualTo(ProductEngine.OPENBLAS);
    }
}
