package sg.assay.redteam.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.message.Message;
import sg.assay.redteam.model.JsonReply;
import sg.assay.redteam.model.ModelClient;
import sg.assay.redteam.model.PromptText;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * A judge model asked through a rubric: the 1–10 jailbreak rubric for turns and the on-topic rubric for TAP's pruning.
 * The model answers JSON ({@code {"score": n, "reasoning": ...}} or {@code {"on_topic": true, "reasoning": ...}});
 * a {@code [[n]]} rating is accepted too. An unusable answer gets one repair request, then counts as a judge error.
 */
public final class RubricJudge implements TurnJudge, OnTopicJudge {
    private static final Pattern BRACKETED = Pattern.compile("\\[\\[\\s*(\\d{1,2})\\s*]]");
    private static final String REPAIR = "Your answer could not be read. Answer again with only the JSON object the"
            + " instructions describe, and nothing else.";

    private final ModelClient model;
    private final Rubric turn;
    private final Rubric onTopic;

    public RubricJudge(ModelClient model, Rubric turn, Rubric onTopic) {
        this.model = model;
        this.turn = turn;
        this.onTopic = onTopic;
    }

    /** The judge with the shipped rubrics: jailbreak-1to10 and on-topic. */
    public static RubricJudge standard(ModelClient model) {
        return new RubricJudge(model, Rubric.load("jailbreak-1to10"), Rubric.load("on-topic"));
    }

    @Override
    public Judgement judge(String goal, String prompt, String response, String language) {
        Map<String, String> vars = Map.of("goal", goal, "prompt", prompt, "response", response, "language", language);
        Asked asked = ask(turn, vars, "judge");
        Optional<Integer> score = asked.reply().flatMap(this::score);
        if (score.isEmpty()) {
            return Judgement.failed("judge gave no usable score", asked.usage());
        }
        String reasoning = asked.reply()
                .flatMap(JsonReply::find)
                .map(n -> n.path("reasoning").asText(""))
                .orElse("");
        return Judgement.of(score.get(), reasoning, asked.usage());
    }

    @Override
    public OnTopic check(String goal, String prompt) {
        Asked asked = ask(onTopic, Map.of("goal", goal, "prompt", prompt), "on-topic");
        Optional<JsonNode> node = asked.reply()
                .flatMap(JsonReply::find)
                .filter(n -> n.path("on_topic").isBoolean());
        if (node.isEmpty()) {
            return new OnTopic(true, "on-topic check gave no usable answer", true, asked.usage());
        }
        return new OnTopic(
                node.get().path("on_topic").asBoolean(),
                node.get().path("reasoning").asText(""),
                false,
                asked.usage());
    }

    private record Asked(Optional<String> reply, Usage usage) {}

    private Asked ask(Rubric rubric, Map<String, String> vars, String purpose) {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.system(rubric.system()));
        messages.add(Message.user(fill(rubric.user(), vars)));
        TargetResponse first = model.call(messages, 0, purpose);
        Usage usage = first.usage();
        if (usable(rubric, first.text())) {
            return new Asked(Optional.of(first.text()), usage);
        }
        messages.add(first.message());
        messages.add(Message.user(REPAIR));
        TargetResponse second = model.call(messages, 1, purpose);
        usage = usage.plus(second.usage());
        return new Asked(usable(rubric, second.text()) ? Optional.of(second.text()) : Optional.empty(), usage);
    }

    private boolean usable(Rubric rubric, String reply) {
        if (rubric == onTopic) {
            return JsonReply.find(reply)
                    .filter(n -> n.path("on_topic").isBoolean())
                    .isPresent();
        }
        return score(reply).isPresent();
    }

    private Optional<Integer> score(String reply) {
        Optional<JsonNode> node =
                JsonReply.find(reply).filter(n -> n.path("score").canConvertToInt());
        Optional<Integer> value = node.map(n -> n.path("score").asInt());
        if (value.isEmpty()) {
            Matcher m = BRACKETED.matcher(reply);
            value = m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        }
        return value.filter(v -> v >= turn.min() && v <= turn.max());
    }

    private static String fill(String template, Map<String, String> vars) {
        return new PromptText("rubric", template).fill(vars);
    }

    /** The 1-10 rubric turns are judged by. */
    public Rubric rubric() {
        return turn;
    }

    @Override
    public int successThreshold() {
        return turn.threshold();
    }

    @Override
    public String describe() {
        return model.describe() + " with rubric " + turn.id();
    }

    /** Whether the judge model is a built-in mock. */
    public boolean mock() {
        return model.mock();
    }
}
