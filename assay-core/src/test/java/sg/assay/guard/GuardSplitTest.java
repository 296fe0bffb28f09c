package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.guard.GuardSplit.Side;

class GuardSplitTest {

    @Test
    void every_language_of_a_group_lands_on_one_side() {
        List<GuardExample> examples = new ArrayList<>();
        for (int g = 0; g < 200; g++) {
            for (String lang : List.of("en", "ms", "th")) {
                examples.add(new GuardExample("t" + g + lang, g % 2 == 0, lang, "s", "s:" + g));
            }
        }

        GuardSplit split = GuardSplit.assign(examples, Map.of(), GuardSplit.empty());

        assertThat(split.sides()).hasSize(200);
        long test = split.sides().values().stream().filter(s -> s == Side.TEST).count();
        long train =
                split.sides().values().stream().filter(s -> s == Side.TRAIN).count();
        assertThat(test).isBetween(15L, 50L); // about 15%
        assertThat(train).isBetween(120L, 165L); // about 70%
    }

    @Test
    void strata_send_two_of_eight_to_test_and_one_to_validation() {
        List<GuardExample> examples = new ArrayList<>();
        Map<String, String> strata = new HashMap<>();
        for (int g = 0; g < 16; g++) {
            String group = "suite:i" + g;
            examples.add(new GuardExample("t" + g, g < 8, "en", "suite", group));
            strata.put(group, g < 8 ? "hate/harmful" : "hate/benign");
        }

        GuardSplit split = GuardSplit.assign(examples, strata, GuardSplit.empty());

        for (int half = 0; half < 2; half++) {
            Map<Side, Integer> counts = new HashMap<>();
            for (int g = half * 8; g < half * 8 + 8; g++) {
                counts.merge(split.side("suite:i" + g), 1, Integer::sum);
            }
            assertThat(counts)
                    .containsEntry(Side.TEST, 2)
                    .containsEntry(Side.VALIDATION, 1)
                    .containsEntry(Side.TRAIN, 5);
        }
    }

    @Test
    void a_fixed_split_keeps_its_sides_and_survives_a_round_trip_through_text() {
        GuardSplit fixed = new GuardSplit(Map.of("a", Side.TEST, "b", Side.TRAIN));
        List<GuardExample> examples = List.of(
                new GuardExample("x", true, "en", "s", "a"),
                new GuardExample("y", true, "en", "s", "b"),
                new GuardExample("z", true, "en", "s", "new"));

        GuardSplit split = GuardSplit.assign(examples, Map.of(), fixed);
        GuardSplit back = GuardSplit.parse(split.text(), "test");

        assertThat(split.side("a")).isEqualTo(Side.TEST);
        assertThat(split.side("b")).isEqualTo(Side.TRAIN);
        assertThat(back.sides()).isEqualTo(split.sides());
        assertThat(back.digest()).isEqualTo(split.digest());
    }

    @Test
    void a_bad_split_file_is_a_user_error_naming_the_line() {
        assertThatThrownBy(() -> GuardSplit.parse("# c\na\tsideways\n", "f.tsv"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("f.tsv:2")
                .hasMessageContaining("sideways");
    }
}
