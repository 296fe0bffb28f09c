package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepliesLanguageTest {

    @Test
    void replies_come_in_the_language_of_the_held_out_suite_prompts() {
        // given: the 90 sea-smoke prompts; Singlish is answered in English
        List<GuardExample> smoke = GuardSources.suite(GuardSources.SEA_SMOKE);
        Replies replies = Replies.standard();

        long right = smoke.stream()
                .filter(e -> replies.language(e.text()).equals(e.language().equals("en-SG") ? "en" : e.language()))
                .count();
        long scripts = smoke.stream()
                .filter(e -> List.of("th", "ta", "zh-Hans", "vi").contains(e.language()))
                .filter(e -> !replies.language(e.text()).equals(e.language()))
                .count();

        // then: Thai, Tamil, Chinese and Vietnamese are always right; Malay and Indonesian may swap now and then
        assertThat(scripts).isZero();
        assertThat(right).isGreaterThanOrEqualTo(80);
    }
}
