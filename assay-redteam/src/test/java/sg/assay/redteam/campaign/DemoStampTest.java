package sg.assay.redteam.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;
import sg.assay.message.Message;

/** The demo stamp of a campaign for every combination of mock and real target, attacker and judge. */
class DemoStampTest {
    static final String REAL = "openai/gpt-4o-mini";
    static final String ENDPOINT = "openai/gpt-4o-mini:base_url=http://127.0.0.1:8080/mock/v1";

    static AttackRecord attack(String behaviour, boolean success) {
        return new AttackRecord(
                "run-1",
                behaviour,
                "cyber",
                "pair",
                "none",
                "en",
                "completed",
                "",
                success,
                3,
                success ? 3 : 0,
                success ? 10 : 2,
                0,
                0,
                List.of(Message.user("p"), Message.assistant("r")),
                "[]",
                AttackUsage.ZERO);
    }

    static final AttackCost COST = AttackCost.of(AttackUsage.ZERO, REAL, REAL, REAL, AttackCost.Pricer.none());

    static CampaignView view(String target, String attacker, String judge) {
        return CampaignAnalysis.analyse(
                new CampaignAnalysis.Header(
                        "campaign-x",
                        target,
                        attacker,
                        judge.isEmpty() ? "" : judge + " with rubric jailbreak-1to10",
                        1),
                List.of(attack("b1", true), attack("b2", false)),
                JudgeCorrection.none());
    }

    void stamped(CampaignView v, String why) throws Exception {
        assertThat(v.demo()).isTrue();
        String md = CampaignMarkdown.render(v);
        assertThat(md.lines().findFirst().orElseThrow()).endsWith("(demo, not a measurement)");
        assertThat(md).containsIgnoringCase(why);
        assertThat(md.split("demo, not a measurement", -1).length - 1)
                .as("the title, the notice and every section")
                .isGreaterThanOrEqualTo(6);
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(v));
        assertThat(json.get("demo").asBoolean()).isTrue();
        Finding f = Finding.of(v.campaign(), v.demo(), v.target(), attack("b1", true), COST);
        assertThat(Json.mapper()
                        .readTree(Json.mapper().writeValueAsString(f))
                        .get("demo")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_mock_attacker_with_a_real_judge_is_a_demo() throws Exception {
        stamped(view(REAL, "mock/attacker", REAL), "the attacker `mock/attacker` is a built-in mock");
    }

    @Test
    void a_real_attacker_with_a_mock_judge_is_a_demo() throws Exception {
        stamped(view(REAL, REAL, "mock/judge"), "the judge `mock/judge` is a built-in mock");
    }

    @Test
    void a_mock_target_is_a_demo() throws Exception {
        stamped(view("mock/echo", REAL, REAL), "the target `mock/echo` is a built-in mock");
        stamped(view("mock/guarded", "", REAL), "offline reference system");
    }

    @Test
    void all_real_parts_make_a_measurement_even_when_an_endpoint_url_mentions_mock() throws Exception {
        for (CampaignView v :
                List.of(view(REAL, REAL, REAL), view(ENDPOINT, ENDPOINT, ENDPOINT), view(REAL, "", REAL))) {
            assertThat(v.demo()).as(v.attacker()).isFalse();
            String md = CampaignMarkdown.render(v);
            assertThat(md).doesNotContain("demo, not a measurement").doesNotContain("built-in mock");
            assertThat(Json.mapper()
                            .readTree(Json.mapper().writeValueAsString(v))
                            .get("demo")
                            .asBoolean())
                    .isFalse();
            assertThat(Finding.of(v.campaign(), v.demo(), v.target(), attack("b1", true), COST)
                            .demo())
                    .isFalse();
        }
    }
}
