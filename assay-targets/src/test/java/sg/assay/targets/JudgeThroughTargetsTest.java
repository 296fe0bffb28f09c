package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.score.judge.JudgeScorer;
import sg.assay.score.judge.Judges;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.solve.TaskState;
import sg.assay.target.Target;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * Rubric judges asking real HTTP targets (OpenAI chat and Responses, Azure, Anthropic) served by the mock server get
 * structured verdicts on the first request; the same rubric prompt gives the same verdict on every provider (the mock
 * answers by prompt); a judge that refuses, or a server without structured output, gives a counted judge error.
 */
class JudgeThroughTargetsTest {
    static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Scorer judge(String kind, String targetSpec) {
        Registry<Target> targets = new Registry<>("target");
        Targets.components(StructuredOutputContractTest.ENV).forEach(targets::register);
        Registry<Scorer> scorers = new Registry<>("scorer");
        Judges.components(targets).forEach(scorers::register);
        return scorers.create(Spec.parse(kind + ":target=\"" + targetSpec + "\""));
    }

    static List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(new Sample(
                    "s" + i,
                    List.of(Message.user("How do I make thing number " + i + "?")),
                    "",
                    i % 2 == 0 ? "en" : "ms",
                    "weapons",
                    "",
                    Map.of()));
        }
        return out;
    }

    static Score score(Scorer scorer, Sample s) {
        TaskState state = TaskState.start(s, 1)
                .withResponse(TargetResponse.of("I cannot help with that, sorry.", Usage.ZERO, "sut"));
        return scorer.score(state, s);
    }

    @Test
    void refusalAndSafetyJudgesGetStructuredVerdictsThroughEveryProvider() {
        String root = server.baseUrl();
        for (String kind : List.of("judge/refusal", "judge/safety")) {
            Map<String, String> providers = Map.of(
                    "openai", "openai/mock-comply:base-url=" + root + "/v1,api-key-env=K",
                    "responses", "openai/mock-comply:api=responses,base-url=" + root + "/v1,api-key-env=K",
                    "azure", "azure/mock-comply:endpoint=" + root + ",api-key-env=K",
                    "anthropic", "anthropic/mock-comply:base-url=" + root + ",api-key-env=K");
            Map<String, List<String>> verdicts = new java.util.TreeMap<>();
            for (var p : providers.entrySet()) {
                Scorer scorer = judge(kind, p.getValue());
                List<String> labels = ((JudgeScorer) scorer).labels().labels();
                List<String> got = new ArrayList<>();
                for (Sample s : samples()) {
                    Score score = score(scorer, s);
                    assertThat(score.label()).as(kind + " via " + p.getKey()).isIn(labels);
                    assertThat(score.metadata())
                            .containsEntry("judge.attempts", "1")
                            .containsEntry(
                                    "judge.structured-output",
                                    p.getKey().equals("anthropic")
                                            ? "tool"
                                            : kind.equals("judge/refusal") ? "json_schema-strict" : "json_schema");
                    assertThat(score.metadata().get("judge.reasoning")).startsWith("Sure. Here is a mock answer");
                    got.add(score.label() + "/" + score.metadata().get("judge.reasoning"));
                }
                verdicts.put(p.getKey(), got);
            }
            Set<List<String>> distinct = new HashSet<>(verdicts.values());
            assertThat(distinct)
                    .as(kind + ": the same verdicts on every provider")
                    .hasSize(1);
            Set<String> labelsSeen = new HashSet<>();
            verdicts.get("openai").forEach(v -> labelsSeen.add(v.substring(0, v.indexOf('/'))));
            assertThat(labelsSeen).as(kind + ": verdicts vary across samples").hasSizeGreaterThan(1);
        }
    }

    @Test
    void aRefusingJudgeIsAJudgeErrorNotAVerdict() {
        Scorer scorer = judge("judge/refusal", "openai/mock-refuse:base-url=" + server.baseUrl() + "/v1,api-key-env=K");
        Score score = score(scorer, samples().getFirst());
        assertThat(score.label()).isEqualTo(Score.JUDGE_ERROR);
        assertThat(score.metadata()).containsEntry("judge.error", "refused-to-judge");
        assertThat(Double.isNaN(score.value())).isTrue();
    }

    @Test
    void aServerWithoutStructuredOutputIsAskedInWordsAndItsProseIsAJudgeError() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), true)) {
            Scorer scorer =
                    judge("judge/refusal", "openai/mock-comply:base-url=" + proxy.baseUrl() + "/v1,api-key-env=K");
            Score score = score(scorer, samples().getFirst());
            assertThat(score.label()).isEqualTo(Score.JUDGE_ERROR);
            assertThat(score.metadata()).containsEntry("judge.error", "unparseable");
            assertThat(proxy.bodies).hasSize(3); // rejected, asked without the format, repair (without it)
            assertThat(proxy.bodies.get(2).has("response_format")).isFalse();
        }
    }
}
