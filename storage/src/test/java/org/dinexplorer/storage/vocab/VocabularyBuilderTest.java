package org.dinexplorer.storage.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyBuilderTest {

    private static Vocabulary build(int minCount, int... values) {
        VocabularyBuilder builder = new VocabularyBuilder("cate_id");
        for (int value : values) {
            builder.add(value);
        }
        return builder.build(minCount);
    }

    @Test
    void ordersByDescendingCountThenAscendingRawValue() {
        Vocabulary vocab = build(1, 30, 7, 30, 5, 7, 30, 9);

        assertThat(vocab.size()).isEqualTo(6);
        assertThat(vocab.indexOf(30)).isEqualTo(2);
        assertThat(vocab.indexOf(7)).isEqualTo(3);
        assertThat(vocab.indexOf(5)).isEqualTo(4);
        assertThat(vocab.indexOf(9)).isEqualTo(5);
        assertThat(vocab.rawValue(4)).isEqualTo(5);
    }

    @Test
    void unseenAndRareValuesAreUnknown() {
        Vocabulary vocab = build(2, 4, 4, 8);

        assertThat(vocab.indexOf(4)).isEqualTo(2);
        assertThat(vocab.indexOf(8)).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(vocab.indexOf(12345)).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(vocab.indexOf(-3)).isEqualTo(Vocabulary.UNKNOWN);
    }

    @Test
    void missingValueIsAnEntryLikeAnyOther() {
        Vocabulary vocab = build(1, Vocabulary.MISSING, 3, Vocabulary.MISSING);

        assertThat(vocab.indexOf(Vocabulary.MISSING)).isEqualTo(2);
        assertThat(vocab.label(2)).isEqualTo("NULL");
        assertThat(vocab.label(3)).isEqualTo("3");
        assertThat(vocab.label(0)).isEqualTo("<pad>");
        assertThat(vocab.label(1)).isEqualTo("<unknown>");
    }

    @Test
    void missingValueBelowMinCountIsUnknown() {
        Vocabulary vocab = build(2, Vocabulary.MISSING, 3, 3);

        assertThat(vocab.indexOf(Vocabulary.MISSING)).isEqualTo(Vocabulary.UNKNOWN);
    }

    @Test
    void largeAndNegativeKeysAreFoundWithoutTheDirectTable() {
        Vocabulary vocab = build(1, 2_000_000_000, -5, 2_000_000_000, 17);

        assertThat(vocab.indexOf(2_000_000_000)).isEqualTo(2);
        assertThat(vocab.indexOf(-5)).isEqualTo(3);
        assertThat(vocab.indexOf(17)).isEqualTo(4);
        assertThat(vocab.indexOf(18)).isEqualTo(Vocabulary.UNKNOWN);
    }

    @Test
    void sameCountsInAnotherOrderGiveTheSameVocabulary() {
        Vocabulary first = build(1, 1, 2, 2, 3, 3, 3);
        Vocabulary second = build(1, 3, 2, 3, 1, 2, 3);

        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        assertThat(build(1, 1, 2, 2, 3, 3).contentHash()).isNotEqualTo(first.contentHash());
    }

    @Test
    void paddingAndUnknownHaveNoRawValue() {
        Vocabulary vocab = build(1, 1);

        assertThatThrownBy(() -> vocab.rawValue(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vocab.rawValue(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMinCountBelowOne() {
        assertThatThrownBy(() -> new VocabularyBuilder("x").build(0))
                .hasMessageContaining("minCount must be at least 1, got 0");
    }
}
