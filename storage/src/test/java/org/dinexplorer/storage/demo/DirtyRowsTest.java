package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirtyRowsTest {

    private static final String IMPRESSION = "1001,1494000100,3003,430548_1007,1,0";
    private static final String EARLIER_IMPRESSION = "1002,1494000200,3004,430539_1007,0,1";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FIELD_COUNT|0|1001,1494000100,3003,430548_1007,1",
        "FIELD_COUNT|1|1001,1494000100,3003,430548_1007,1,0,1",
        "NOT_NUMERIC|0|u1001,1494000100,3003,430548_1007,1,0",
        "NOT_NUMERIC|1|1001,1494000100,3003x,430548_1007,1,0",
        "NOT_NUMERIC|2|1001,1494000100.5,3003,430548_1007,1,0",
        "MISSING_VALUE|0|1001,1494000100,,430548_1007,1,0",
        "MISSING_VALUE|1|,1494000100,3003,430548_1007,1,0",
        "CLICK_FLAG|0|1001,1494000100,3003,430548_1007,-1,2",
        "CLICK_MISMATCH|0|1001,1494000100,3003,430548_1007,1,1",
        "CLICK_MISMATCH|1|1001,1494000100,3003,430548_1007,0,0",
        "TIMESTAMP_RANGE|0|1001,0,3003,430548_1007,1,0",
        "TIMESTAMP_RANGE|1|1001,1955000000,3003,430548_1007,1,0",
        "BAD_PID|0|1001,1494000100,3003,430548-1007,1,0",
        "BAD_PID|1|1001,1494000100,3003,pid_1007,1,0",
        "DUPLICATE|0|1002,1494000200,3004,430539_1007,0,1",
    })
    void corruptsAnImpressionInExactlyTheStatedWay(DirtyKind kind, int variant, String expected) {
        assertThat(DirtyRows.corrupt(TaobaoFormat.RAW_SAMPLE, kind, IMPRESSION, EARLIER_IMPRESSION, variant))
                .isEqualTo(expected);
    }

    @Test
    void duplicateKeyReusesTheEarlierIdWithOtherValues() {
        String earlier = "500,7,8,9,NULL,10.00";
        String last = "600,7,8,9,NULL,10.00";
        String bad = DirtyRows.corrupt(TaobaoFormat.AD_FEATURE, DirtyKind.DUPLICATE_KEY, last, earlier, 0);
        assertThat(bad).startsWith("500,").isNotEqualTo(earlier);
    }

    @Test
    void duplicateProfileKeyChangesTheAgeLevelWhenAllValuesAreEqual() {
        String bad = DirtyRows.corrupt(TaobaoFormat.USER_PROFILE, DirtyKind.DUPLICATE_KEY, "2,0,3,1,6,,3,0,",
                "1,0,3,1,6,,3,0,", 0);
        assertThat(bad).isEqualTo("1,0,3,1,0,,3,0,");
    }

    @Test
    void badPricesAreNegativeOrWords() {
        String ad = "500,7,8,9,NULL,10.00";
        assertThat(DirtyRows.corrupt(TaobaoFormat.AD_FEATURE, DirtyKind.BAD_PRICE, ad, ad, 0))
                .isEqualTo("500,7,8,9,NULL,-10.00");
        assertThat(DirtyRows.corrupt(TaobaoFormat.AD_FEATURE, DirtyKind.BAD_PRICE, ad, ad, 1))
                .isEqualTo("500,7,8,9,NULL,cheap");
    }
}
