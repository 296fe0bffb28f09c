package sg.assay.score.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import sg.assay.message.Message;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.score.refusal.RefusalKind;
import sg.assay.target.GenerateConfig;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/**
 * Asks a target to judge one response by a rubric. The request asks for JSON matching the rubric's schema, narrowed
 * to the label set where there is one (as a response-format hint and in the text); the answer is checked against the
 * rubric's own schema, so a label word in another language that the label set maps is still accepted; an answer that cannot be read gets one repair request quoting the problem;
 * transient failures are retried. When the judge still cannot judge, the outcome says why; a run-level target error
 * (bad key, unknown model) is rethrown so the run stops. Thread-safe.
 */
public final class Judge {
    private static final System.Logger LOG = System.getLogger(Judge.class.getName());

    private final Target target;
    private final Rubric rubric;
    private final Interpretation interpretation;
    private final JudgeSettings settings;
    private final java.util.function.Supplier<RefusalClassifier> refusals;
    private final String schema;
    private final JudgeAnswers answers;
    private final JudgeIdentity identity;

    Judge(
            Target target,
            Rubric rubric,
            Interpretation interpretation,
            JudgeSettings settings,
            java.util.function.Supplier<RefusalClassifier> refusals) {
        this.target = target;
        this.rubric = rubric;
        this.interpretation = interpretation;
        this.settings = settings;
        this.refusals = refusals;
        this.schema = interpretation.schema(rubric.schema());
        this.answers = new JudgeAnswers(rubric.schema());
        this.identity = JudgeIdentity.of(target.describe(), rubric, combined(interpretation, settings));
    }

    private static java.util.Map<String, String> combined(Interpretation i, JudgeSettings s) {
        java.util.Map<String, String> m = new java.util.TreeMap<>(i.settings());
        m.putAll(s.identityParams());
        return m;
    }

    public Rubric rubric() {
        return rubric;
    }

    public JudgeIdentity identity() {
        return identity;
    }

    Interpretation interpretation() {
        return interpretation;
    }

    /** The judge target's description (its spec without secrets). */
    public String describeTarget() {
        return target.describe();
    }

    public JudgeOutcome judge(JudgeInput input) {
        List<Message> messages = new ArrayList<>();
        if (!rubric.system().isBlank()) {
            messages.add(Message.system(rubric.system().strip()));
        }
        messages.add(Message.user(rubric.render(input.values(rubric, interpretation.labels()))
                        .strip() + "\n\nReply with only a JSON object that matches this JSON Schema:\n" + schema));
        GenerateConfig config = config();
        String lastProblem = "";
        String lastText = "";
        for (int attempt = 1; attempt <= 2; attempt++) {
            TargetResponse response;
            try {
                response = call(new TargetRequest(messages, config, 0, input.sampleId()));
            } catch (Unavailable e) {
                return new JudgeOutcome.Failed(e.reason, String.valueOf(e.getMessage()), attempt);
            }
            lastText = response.text();
            try {
                JsonNode node = answers.parse(lastText);
                return new JudgeOutcome.Judged(
                        interpretation.read(node),
                        attempt,
                        response.model(),
                        response.metadata().getOrDefault(GenerateConfig.STRUCTURED_OUTPUT_META, ""));
            } catch (MalformedAnswerException e) {
                lastProblem = e.getMessage();
                messages.add(Message.assistant(lastText));
                messages.add(Message.user("Your answer could not be used: " + lastProblem
                        + ". Reply again with only the JSON object, matching the schema exactly, and nothing else."));
            }
        }
        boolean refused =
                lastText.indexOf('{') < 0 && refusals.get().classify(lastText).kind() == RefusalKind.FULL_REFUSAL;
        return refused
                ? new JudgeOutcome.Failed("refused-to-judge", "the judge declined to judge", 2)
                : new JudgeOutcome.Failed("unparseable", "after one repair: " + lastProblem, 2);
    }

    private GenerateConfig config() {
        GenerateConfig c =
                GenerateConfig.DEFAULT.withTimeout(settings.timeout()).withResponseSchema(schema);
        if (settings.temperature().isPresent()) {
            c = c.withTemperature(settings.temperature().getAsDouble());
        }
        if (settings.maxTokens().isPresent()) {
            c = c.withMaxTokens(settings.maxTokens().getAsInt());
        }
        return c;
    }

    /** The judge could not be reached or would not serve the request. */
    private static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;

        Unavailable(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private TargetResponse call(TargetRequest request) {
        Duration wait = settings.retryDelay();
        for (int retry = 0; ; retry++) {
            try {
                return target.generate(request);
            } catch (ProviderBlockedException e) {
                throw new Unavailable("blocked", "the judge's provider blocked the request: " + e.reason());
            } catch (NonRetriableTargetException e) {
                if (e.scope() == NonRetriableTargetException.Scope.RUN) {
                    throw e;
                }
                throw new Unavailable("target-error", String.valueOf(e.getMessage()));
            } catch (RetriableTargetException e) {
                if (retry >= settings.retries()) {
                    throw new Unavailable(
                            "unavailable", "gave up after " + retry + " retries: " + String.valueOf(e.getMessage()));
                }
                LOG.log(System.Logger.Level.DEBUG, "judge retry {0}: {1}", retry + 1, e.getMessage());
                sleep(e.retryAfter().orElse(wait));
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("unavailable", "interrupted while waiting to retry the judge");
        }
    }
}
