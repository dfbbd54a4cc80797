package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstAdPositionsTest {

    @Test
    void eachAdGetsThePositionWhereItFirstOccursAndItsCategoryAndAnAdNeverShownGetsMinusOne() {
        int[] adOf = {4, 2, 4, 5, 2, 4};
        int[] cateOf = {9, 7, 9, 8, 7, 9};

        FirstAdPositions ads = FirstAdPositions.of(adOf.length, p -> adOf[p], p -> cateOf[p], 7);

        assertThat(ads.adCount()).isEqualTo(7);
        assertThat(ads.position(2)).isEqualTo(1);
        assertThat(ads.position(4)).isZero();
        assertThat(ads.position(5)).isEqualTo(3);
        assertThat(ads.cate(2)).isEqualTo(7);
        assertThat(ads.cate(4)).isEqualTo(9);
        assertThat(ads.cate(5)).isEqualTo(8);
        assertThat(ads.position(0)).isEqualTo(-1);
        assertThat(ads.position(3)).isEqualTo(-1);
        assertThat(ads.position(6)).isEqualTo(-1);
    }
}
