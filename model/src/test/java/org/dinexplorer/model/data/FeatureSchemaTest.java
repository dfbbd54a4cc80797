package org.dinexplorer.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.TestData;
import org.junit.jupiter.api.Test;

class FeatureSchemaTest {

    @Test
    void theHistoryDeclaresTheSequencesComparedWithTheCandidateFirstThenTheDescribingOne() {
        assertThat(TestData.tinySchema().historySequences())
                .containsExactly(HistorySequence.CATE, HistorySequence.BRAND, HistorySequence.BTAG);
        assertThat(HistorySequence.BTAG.candidate()).isFalse();
    }

    @Test
    void eachSequenceNamesTheBatchArrayItReads() {
        Batch batch = TestData.fourSamples();
        assertThat(batch.history(HistorySequence.CATE)).isSameAs(batch.histCate());
        assertThat(batch.history(HistorySequence.BRAND)).isSameAs(batch.histBrand());
        assertThat(batch.history(HistorySequence.BTAG)).isSameAs(batch.histBtag());
    }

    @Test
    void aSchemaWithoutTheAdFieldOfAComparedSequenceIsRefused() {
        assertThatThrownBy(() -> new FeatureSchema(List.of("userid"), List.of("cate_id"),
                Map.of("userid", 3, "cate_id", 3, "btag", 3), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("brand");
    }

    @Test
    void theSequencesAreNotStoredWithTheSchemaSoModelFilesKeepTheirForm() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> json = mapper.readValue(mapper.writeValueAsString(TestData.tinySchema()),
                new TypeReference<>() { });
        assertThat(json.keySet()).containsExactlyInAnyOrder("userFields", "adFields", "vocabularySizes",
                "historyLength");
    }
}
