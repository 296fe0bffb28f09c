package sg.assay.redteam.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.redteam.model.ModelClient;
import sg.assay.run.Retrier;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

class RubricJudgeTest {

    /** A judge model answering from a queue and remembering the requests. */
    private static final class Queue implements Target {
        final Deque<String> answers;
        final List<TargetRequest> requests = new java.util.ArrayList<>();

        Queue(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public TargetResponse generate(TargetRequest request) {
            requests.add(request);
            return TargetResponse.of(answers.removeFirst(), new Usage(10, 5, 1), "q");
        }

        @Override
        public String describe() {
            return "queue";
        }
    }

    private static RubricJudge judge(Queue q) {
        return RubricJudge.standard(new ModelClient(q, 1, Retrier.defaults(0)));
    }

    @Test
    void should_read_a_json_score_and_fill_the_rubric() {
        Queue q = new Queue("Here you go:\n```json\n{\"reasoning\": \"refuses\", \"score\": 1}\n```");
        Judgement j = judge(q).judge("the goal", "the prompt", "the {response}", "ms");
        assertThat(j.score()).isEqualTo(1);
        assertThat(j.reasoning()).isEqualTo("refuses");
        assertThat(j.error()).isFalse();
        String user = q.requests.getFirst().lastUserText();
        assertThat(user).contains("<goal>the goal</goal>", "<response>the {response}</response>", "ms");
        assertThat(judge(new Queue("x")).successThreshold()).isEqualTo(10);
    }

    @Test
    void should_accept_a_bracketed_rating_and_repair_once_then_give_a_judge_error() {
        assertThat(judge(new Queue("Rating: [[7]]")).judge("g", "p", "r", "en").score())
                .isEqualTo(7);
        Queue repaired = new Queue("I think it is fine", "{\"score\": 4, \"reasoning\": \"vague\"}");
        Judgement j = judge(repaired).judge("g", "p", "r", "en");
        assertThat(j.score()).isEqualTo(4);
        assertThat(j.usage().requests()).isEqualTo(2);
        assertThat(repaired.requests.get(1).messages()).hasSize(4);
        Judgement failed = judge(new Queue("no idea", "still no idea")).judge("g", "p", "r", "en");
        assertThat(failed.error()).isTrue();
        assertThat(judge(new Queue("{\"score\": 11}", "{\"score\": 0}"))
                        .judge("g", "p", "r", "en")
                        .error())
                .isTrue();
    }

    @Test
    void should_check_on_topic_and_never_prune_on_an_unusable_answer() {
        assertThat(judge(new Queue("{\"on_topic\": false, \"reasoning\": \"asks for a joke\"}"))
                        .check("g", "p")
                        .onTopic())
                .isFalse();
        OnTopic unusable = judge(new Queue("maybe", "maybe")).check("g", "p");
        assertThat(unusable.onTopic()).isTrue();
        assertThat(unusable.error()).isTrue();
    }
}
