package sg.assay.target.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class YesNoTest {
    static YesNo.Candidate c(String t, double lp) {
        return new YesNo.Candidate(t, lp);
    }

    @Test
    void softmax_over_yes_and_no_ignores_other_tokens() {
        // 1 / (1 + e^(-1.2 - -0.5)) = 1 / (1 + e^-0.7) = 0.668188
        assertThat(YesNo.of(List.of(c("Yes", -0.5), c("maybe", -0.1), c("No", -1.2)))
                        .orElseThrow()
                        .violation())
                .isCloseTo(0.668188, within(1e-6));
    }

    @Test
    void spellings_of_one_word_are_summed_and_case_matters() {
        // Yes: log(e^-1 + e^-1) = -1 + ln 2; p = 1 / (1 + e^(-1 - (-1 + ln 2))) = 1 / (1 + 1/2) = 2/3
        assertThat(YesNo.of(List.of(c(" Yes", -1), c("\u2581Yes", -1), c("No", -1), c("yes", -0.01)))
                        .orElseThrow()
                        .violation())
                .isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void a_missing_side_counts_as_zero_and_neither_is_empty() {
        assertThat(YesNo.of(List.of(c("No", -0.01))).orElseThrow().violation()).isZero();
        assertThat(YesNo.of(List.of(c("Yes", -3))).orElseThrow().violation()).isEqualTo(1.0);
        assertThat(YesNo.of(List.of(c("Maybe", -0.1)))).isEmpty();
    }
}
