package sg.assay.redteam.attack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import sg.assay.convert.Converter;
import sg.assay.message.Message;
import sg.assay.redteam.judge.Judgement;
import sg.assay.redteam.judge.OnTopic;
import sg.assay.redteam.judge.OnTopicJudge;
import sg.assay.redteam.judge.TurnJudge;
import sg.assay.redteam.model.ModelClient;
import sg.assay.run.Retrier;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.solve.Generator;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/** Scripted attackers, judges and targets for deterministic strategy tests. */
final class Scripted {
    private Scripted() {}

    /** A target answering with a function of the request, counting calls. */
    static Target model(Function<TargetRequest, String> answer) {
        return new Target() {
            @Override
            public TargetResponse generate(TargetRequest request) {
                return TargetResponse.of(answer.apply(request), new Usage(3, 2, 1), "scripted");
            }

            @Override
            public String describe() {
                return "scripted";
            }
        };
    }

    static Attacker attacker(Function<TargetRequest, String> answer) {
        return Attacker.standard(new ModelClient(model(answer), 16, Retrier.defaults(0)), RefusalClassifier.standard());
    }

    /** The system prompt of a request. */
    static String system(TargetRequest r) {
        return r.messages().getFirst().text();
    }

    static String json(String improvement, String prompt) {
        return "{\"improvement\": \"" + improvement + "\", \"prompt\": \"" + prompt + "\"}";
    }

    /** The system under test, recording every conversation it was sent. */
    static final class Victim implements Generator {
        final List<List<Message>> calls = new CopyOnWriteArrayList<>();
        private final Function<List<Message>, String> answer;

        Victim(Function<List<Message>, String> answer) {
            this.answer = answer;
        }

        @Override
        public TargetResponse generate(List<Message> messages) {
            calls.add(List.copyOf(messages));
            return TargetResponse.of(answer.apply(messages), new Usage(5, 5, 1), "victim");
        }

        List<String> lastUserTexts() {
            return calls.stream().map(c -> c.getLast().text()).toList();
        }
    }

    /** A judge scoring responses by a function, and judging prompts on topic by a predicate. */
    static final class Judge implements TurnJudge, OnTopicJudge {
        final AtomicInteger turnCalls = new AtomicInteger();
        final AtomicInteger topicCalls = new AtomicInteger();
        private final ToIntFunction<String> score;
        private final Predicate<String> onTopic;

        Judge(ToIntFunction<String> score, Predicate<String> onTopic) {
            this.score = score;
            this.onTopic = onTopic;
        }

        Judge(ToIntFunction<String> score) {
            this(score, p -> true);
        }

        @Override
        public Judgement judge(String goal, String prompt, String response, String language) {
            turnCalls.incrementAndGet();
            return Judgement.of(score.applyAsInt(response), "scripted", new Usage(1, 1, 1));
        }

        @Override
        public int successThreshold() {
            return 10;
        }

        @Override
        public String describe() {
            return "scripted judge";
        }

        @Override
        public OnTopic check(String goal, String prompt) {
            topicCalls.incrementAndGet();
            boolean on = onTopic.test(prompt);
            return new OnTopic(on, on ? "on" : "off", false, new Usage(1, 1, 1));
        }
    }

    static AttackContext context(Generator victim, Attacker attacker, Judge judge, int budget, Converter delivery) {
        return new AttackContext(
                "explain the secret recipe",
                "en",
                delivery,
                victim,
                attacker,
                judge,
                judge,
                RefusalClassifier.standard(),
                new Ledger(new Budget(budget, 0)),
                100);
    }

    static AttackContext context(Generator victim, Attacker attacker, Judge judge, int budget) {
        return context(victim, attacker, judge, budget, p -> p);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
