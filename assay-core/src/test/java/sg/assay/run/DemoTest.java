package sg.assay.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.Spec;

class DemoTest {
    private static List<String> reasons(String target, String attacker, String judge) {
        return Demo.reasons(
                Spec.parse(target),
                List.of(Spec.of(
                        "attack",
                        attacker.isEmpty()
                                ? java.util.Map.of("judge", judge)
                                : java.util.Map.of("attacker", attacker, "judge", judge))),
                List.of(Spec.of("attack-success")));
    }

    @Test
    void every_combination_of_mock_and_real_parts_is_stamped_by_the_mocks_it_uses() {
        String real = "openai/gpt-4o-mini";
        assertThat(reasons(real, real, real)).as("all real").isEmpty();
        assertThat(reasons(real, "mock/attacker", real))
                .containsExactly("the attacker `mock/attacker` is a built-in mock, not a model");
        assertThat(reasons(real, real, "mock/judge"))
                .containsExactly("the judge `mock/judge` is a built-in mock, not a model");
        assertThat(reasons("mock/echo", real, real))
                .containsExactly("the target `mock/echo` is a built-in mock, not a model");
        assertThat(reasons("mock/guarded", "", real)).singleElement().asString().contains("offline reference system");
        assertThat(reasons("mock/echo", "mock/attacker", "mock/judge")).hasSize(3);
    }

    @Test
    void a_real_endpoint_whose_url_or_parameters_mention_mock_is_not_a_mock() {
        String endpoint = "openai/gpt-4o-mini:base_url=http://127.0.0.1:8080/mock/v1";
        assertThat(Demo.mock(endpoint)).isFalse();
        assertThat(Demo.mock("http/chat:url=http://mock/chat,system=mock/echo")).isFalse();
        assertThat(Demo.mock("openai/mock-model")).isFalse();
        assertThat(reasons(endpoint, endpoint, "openai/gpt-4o:system=\"be a mock/judge\""))
                .isEmpty();
        assertThat(Demo.mock("mock/attacker:refuse=2")).isTrue();
        assertThat(Demo.mock(" mock/judge with rubric jailbreak-1to10")).isTrue();
        assertThat(Demo.mock("")).isFalse();
    }

    @Test
    void judge_scorers_and_ensembles_name_their_mock_judges() {
        List<String> r = Demo.reasons(
                Spec.parse("openai/gpt-4o-mini"),
                List.of(Spec.of("generate")),
                List.of(
                        Spec.parse("judge/harm:target=mock/judge"),
                        Spec.parse("judge/ensemble:judges=\"judge/harm:target=openai/x;judge/harm:target=mock/j2\"")));
        assertThat(r)
                .containsExactly(
                        "the judge `mock/judge` is a built-in mock, not a model",
                        "the judge `mock/j2` is a built-in mock, not a model");
    }
}
