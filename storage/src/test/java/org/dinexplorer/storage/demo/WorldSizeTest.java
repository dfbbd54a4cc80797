package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorldSizeTest {

    @Test
    void taobaoPresetHasThePublicDatasetsCountsWithDenseIds() {
        WorldSize taobao = DemoPreset.TAOBAO.size();
        assertThat(taobao.userCount()).isEqualTo(1_141_729).isEqualTo(taobao.maxUserId());
        assertThat(taobao.impressionCount()).isEqualTo(26_557_961);
        assertThat(taobao.behaviorCount()).isEqualTo(723_268_134);
        assertThat(taobao.adCount()).isEqualTo(846_811).isEqualTo(taobao.maxAdgroupId());
        assertThat(taobao.cateCount()).isEqualTo(12_978).isEqualTo(taobao.maxCateId());
        assertThat(taobao.brandCount()).isEqualTo(461_529).isEqualTo(taobao.maxBrandId());
        assertThat(taobao.campaignCount()).isEqualTo(423_438).isEqualTo(taobao.maxCampaignId());
        assertThat(taobao.customerCount()).isEqualTo(255_877).isEqualTo(taobao.maxCustomerId());
        assertThat(Math.round(taobao.userCount() * taobao.profileShare())).isEqualTo(1_061_768);
    }

    @Test
    void smallerPresetsKeepSixtyPercentCampaignsAndThirtyPercentCustomers() {
        for (DemoPreset preset : new DemoPreset[] {DemoPreset.TINY, DemoPreset.MINI, DemoPreset.SMALL,
            DemoPreset.MEDIUM}) {
            WorldSize size = preset.size();
            assertThat(size.campaignCount()).as(preset.cliName()).isEqualTo(size.adCount() * 6 / 10);
            assertThat(size.customerCount()).as(preset.cliName()).isEqualTo(size.adCount() * 3 / 10);
        }
    }

    @Test
    void fullScaleIsThePresetItself() {
        assertThat(DemoPreset.MEDIUM.size().scaled(1)).isSameAs(DemoPreset.MEDIUM.size());
    }

    @Test
    void scaleMultipliesCountsAndIdRanges() {
        WorldSize tenth = DemoPreset.TAOBAO.size().scaled(0.1);
        assertThat(tenth.userCount()).isEqualTo(114_173).isEqualTo(tenth.maxUserId());
        assertThat(tenth.impressionCount()).isEqualTo(2_655_796);
        assertThat(tenth.behaviorCount()).isEqualTo(72_326_813);
        assertThat(tenth.adCount()).isEqualTo(84_681);
        assertThat(tenth.cateCount()).isEqualTo(1_298);
        assertThat(tenth.brandCount()).isEqualTo(46_153);
        assertThat(tenth.campaignCount()).isEqualTo(42_344);
        assertThat(tenth.customerCount()).isEqualTo(25_588);
        WorldSize tiny = DemoPreset.TINY.size().scaled(0.5);
        assertThat(tiny.maxAdgroupId()).isEqualTo(423_406);
        assertThat(tiny.maxCateId()).isEqualTo(6_480);
    }

    @Test
    void aVerySmallScaleKeepsOneOfEachAndABrandPerCategory() {
        WorldSize least = DemoPreset.TINY.size().scaled(1e-9);
        assertThat(least.userCount()).isOne();
        assertThat(least.cateCount()).isOne();
        assertThat(least.brandCount()).isOne();
        assertThat(least.maxBrandId()).isOne();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.5, 1.01, Double.NaN})
    void rejectsAScaleOutsideZeroToOne(double scale) {
        assertThatThrownBy(() -> DemoPreset.TAOBAO.size().scaled(scale)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Scale must be greater than 0 and at most 1");
    }

    @Test
    void rejectsMoreEntitiesThanIds() {
        assertThatThrownBy(() -> WorldSize.withRealIdRanges(10, 10, 10, 10, 13_000, 20_000, 6, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cateCount must be in 1..12960");
    }
}
