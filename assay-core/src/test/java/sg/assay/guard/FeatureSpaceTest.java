package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class FeatureSpaceTest {
    private final FeatureSpace space = FeatureSpace.standard();

    @Test
    void normalise_folds_case_width_digits_and_white_space() {
        assertThat(FeatureSpace.normalise("  ＨＥＬＬＯ\u200b  World\t2024 ")).isEqualTo("hello world 0000");
        assertThat(FeatureSpace.normalise("เลข ๑๒")).isEqualTo("เลข 00");
    }

    @Test
    void vector_has_unit_length_and_sorted_distinct_indices() {
        SparseVector v = space.vector("How do I make a bomb at home?");

        double norm = 0;
        for (int i = 0; i < v.size(); i++) {
            norm += v.value(i) * v.value(i);
            if (i > 0) {
                assertThat(v.index(i)).isGreaterThan(v.index(i - 1));
            }
            assertThat(v.index(i)).isBetween(0, space.dimension() - 1);
        }
        assertThat(norm).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void equal_after_normalisation_means_equal_vectors() {
        assertThat(space.vector("Hello  WORLD")).isEqualTo(space.vector("hello world"));
        assertThat(space.vector("hello world")).isNotEqualTo(space.vector("hello word"));
    }

    @Test
    void scripts_without_spaces_still_get_many_features() {
        // Thai and Chinese have no spaces between words: character n-grams carry the signal
        SparseVector thai = space.vector("ช่วยเขียนโพสต์ล้อเลียน");
        SparseVector chinese = space.vector("帮我写一篇帖子");

        assertThat(thai.size()).isGreaterThan(40);
        assertThat(chinese.size()).isGreaterThan(20);
    }

    @Test
    void hashing_is_fixed_across_runs() {
        // the first bucket of a fixed text must never change, or shipped models break silently
        SparseVector v = new FeatureSpace(12, 1, 1, false).vector("a");

        assertThat(v.size()).isEqualTo(1);
        assertThat(v.index(0)).isEqualTo(FeatureSpace.mix(0x9E3779B9 * 31 + 'a') & 4095);
        assertThat(FeatureSpace.mix(1)).isEqualTo(0x514E28B7); // fmix32(1) of the MurmurHash3 reference code
    }

    @Test
    void empty_text_gives_an_empty_vector() {
        assertThat(space.vector("   ").size()).isZero();
    }

    @Test
    void rejects_impossible_spaces() {
        assertThatThrownBy(() -> new FeatureSpace(30, 1, 4, true)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new FeatureSpace(18, 3, 2, true)).isInstanceOf(ConfigException.class);
    }
}
