package org.dinexplorer.model.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.ActivationKind;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void preluIsNamedAfterItsLayerWithOneSlopePerUnit() {
        Activation prelu = Activation.of(ActivationKind.PRELU, "mlp.h1", 3);
        assertThat(prelu).isInstanceOf(PRelu.class);
        assertThat(prelu.params()).extracting(Param::name).containsExactly("mlp.h1.prelu.alpha");
        assertThat(prelu.params().get(0).value()).containsExactly(0.25f, 0.25f, 0.25f);
        assertThat(prelu.state()).isEmpty();
    }

    @Test
    void diceIsNamedAfterItsLayerAndKeepsRunningStatistics() {
        Activation dice = Activation.of(ActivationKind.DICE, "att.h0", 2);
        assertThat(dice).isInstanceOf(Dice.class);
        assertThat(dice.params()).extracting(Param::name).containsExactly("att.h0.dice.alpha");
        assertThat(dice.state()).extracting(Param::name)
                .containsExactly("att.h0.dice.runningMean", "att.h0.dice.runningVar");
    }

    @Test
    void mlpAndAttentionUnitNameTheirActivationsAsModelFilesExpect() {
        Mlp mlp = new Mlp("mlp", 4, List.of(3, 2), 1, ActivationKind.DICE, new SplittableRandom(1));
        assertThat(mlp.params()).extracting(Param::name).contains("mlp.h0.dice.alpha", "mlp.h1.dice.alpha");
        LocalActivationUnit unit = new LocalActivationUnit("att", 2, 2, List.of(4), ActivationKind.PRELU,
                new SplittableRandom(1));
        assertThat(unit.params()).extracting(Param::name).contains("att.h0.prelu.alpha");
    }
}
