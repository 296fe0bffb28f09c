package sg.assay.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import sg.assay.AssayException;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Sample;
import sg.assay.finding.Finding;
import sg.assay.finding.FindingStore;
import sg.assay.finding.Severity;
import sg.assay.finding.Tag;
import sg.assay.finding.TagCatalog;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.SystemMessage;
import sg.assay.message.UserMessage;
import sg.assay.probe.Plants;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.solve.TaskState;
import sg.assay.target.GenerateConfig;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;

/**
 * One red-teamer's conversation with a target. Each input line is a turn or a command ({@code /help} lists them);
 * {@link #handle} returns what to show. Not thread-safe: one person types into it.
 */
public final class ChatSession {
    private final Target target;
    private final Registry<Scorer> scorers;
    private final Function<String, UnaryOperator<String>> converters;
    private final FindingStore findings;
    private final TagCatalog catalog;
    private final Clock clock;
    private final List<Message> conversation = new ArrayList<>();
    private final List<Score> judged = new ArrayList<>();
    private final java.util.Map<String, String> planted = new java.util.HashMap<>();
    private final Set<Tag> tags = new LinkedHashSet<>();
    private Optional<UnaryOperator<String>> pending = Optional.empty();
    private String pendingChain = "";
    private boolean done;

    /**
     * @param converters turns a chain such as {@code base64|rot13} into a text transformation (a user error when it
     *     names an unknown converter)
     */
    public ChatSession(
            Target target,
            Registry<Scorer> scorers,
            Function<String, UnaryOperator<String>> converters,
            FindingStore findings,
            TagCatalog catalog,
            Clock clock) {
        this.target = target;
        this.scorers = scorers;
        this.converters = converters;
        this.findings = findings;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What a line produced: lines to show, and whether the session has ended. */
    public record Reply(List<String> lines, boolean done) {
        public Reply {
            lines = List.copyOf(lines);
        }

        static Reply of(String... lines) {
            return new Reply(List.of(lines), false);
        }
    }

    public static final String HELP = String.join(
            "\n",
            "type a message to send it to the target, or a command:",
            "  /system TEXT        set the system prompt",
            "  /convert CHAIN      transform the next message (e.g. base64, rot13|base64); /convert off to cancel",
            "  /judge SCORER       score the last answer (e.g. canary-leak, pii-leak, regex:pattern=...)",
            "  /tag ID...          tag the finding (e.g. LLM01:2025 AML.T0051)",
            "  /save [SEVERITY] [TITLE]  save the session as a finding (info, low, medium, high, critical)",
            "  /reset              start a new conversation",
            "  /quit               end the session");

    public boolean done() {
        return done;
    }

    public List<Message> transcript() {
        return List.copyOf(conversation);
    }

    public Reply handle(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Reply.of();
        }
        if (!text.startsWith("/")) {
            return send(text);
        }
        int space = text.indexOf(' ');
        String command = space < 0 ? text : text.substring(0, space);
        String arg = space < 0 ? "" : text.substring(space + 1).strip();
        try {
            return switch (command) {
                case "/help" -> Reply.of(HELP);
                case "/system" -> system(arg);
                case "/convert" -> convert(arg);
                case "/judge" -> judge(arg);
                case "/tag" -> tag(arg);
                case "/save" -> save(arg);
                case "/reset" -> reset();
                case "/quit", "/exit" -> quit();
                default -> Reply.of("unknown command " + command + "; /help lists them");
            };
        } catch (AssayException e) {
            return Reply.of("error: " + e.getMessage());
        }
    }

    private Reply send(String text) {
        String sent = pending.map(c -> c.apply(text)).orElse(text);
        List<Message> next = new ArrayList<>(conversation);
        next.add(Message.user(sent));
        String answer;
        try {
            answer = target.generate(new TargetRequest(next, GenerateConfig.DEFAULT, 0, "chat"))
                    .text();
        } catch (AssayException e) {
            return Reply.of("error from target: " + e.getMessage() + " (the turn was not added)");
        }
        next.add(Message.assistant(answer));
        conversation.clear();
        conversation.addAll(next);
        List<String> out = new ArrayList<>();
        if (pending.isPresent()) {
            out.add("(sent through " + pendingChain + "): " + sent);
            pending = Optional.empty();
            pendingChain = "";
        }
        out.add(answer);
        return new Reply(out, false);
    }

    /** Sets the system prompt; placeholders such as {canary} get fresh values that /judge canary-leak knows. */
    private Reply system(String text) {
        conversation.removeIf(m -> m instanceof SystemMessage);
        planted.clear();
        if (text.isEmpty()) {
            return Reply.of("system prompt removed");
        }
        Plants.Planted p = Plants.plant(text, new java.security.SecureRandom().nextLong(), "chat");
        planted.putAll(p.metadata());
        conversation.addFirst(new SystemMessage(p.text()));
        return Reply.of("system prompt set"
                + (planted.isEmpty()
                        ? ""
                        : " (planted: "
                                + String.join(
                                        ", ",
                                        planted.keySet().stream()
                                                .map(k -> k.substring(Plants.KEY.length()))
                                                .sorted()
                                                .toList())
                                + ")"));
    }

    private Reply convert(String chain) {
        if (chain.isEmpty() || chain.equals("off")) {
            pending = Optional.empty();
            pendingChain = "";
            return Reply.of("no converter for the next message");
        }
        pending = Optional.of(converters.apply(chain));
        pendingChain = chain;
        return Reply.of("the next message goes through " + chain);
    }

    private Reply judge(String spec) {
        if (spec.isEmpty()) {
            return Reply.of("usage: /judge SCORER (e.g. /judge canary-leak)");
        }
        Scorer scorer = scorers.create(Spec.parse(spec));
        Optional<String> lastUser = last(UserMessage.class);
        Optional<String> lastAnswer = last(AssistantMessage.class);
        if (lastUser.isEmpty() || lastAnswer.isEmpty()) {
            return Reply.of("nothing to judge yet: send a message first");
        }
        Sample sample = Sample.of("chat", lastUser.get());
        TaskState state = new TaskState(sample, 1, conversation, lastAnswer.get(), sg.assay.target.Usage.ZERO, planted);
        Score score = scorer.score(state, sample);
        judged.add(score);
        if (score.value() >= 1.0) {
            catalog.source(score.scorer()).ifPresent(d -> tags.addAll(d.tags()));
        }
        return Reply.of(score.scorer() + ": " + score.value()
                + (score.label().isEmpty() ? "" : " (" + score.label() + ")") + " - " + score.explanation());
    }

    private Reply tag(String ids) {
        if (ids.isEmpty()) {
            return Reply.of("tags: "
                    + (tags.isEmpty()
                            ? "(none)"
                            : String.join(", ", tags.stream().map(Tag::id).toList())));
        }
        tags.addAll(catalog.tags(List.of(ids.split("[\\s,]+"))));
        return Reply.of("tags: " + String.join(", ", tags.stream().map(Tag::id).toList()));
    }

    private Reply save(String arg) {
        if (conversation.stream().noneMatch(m -> m instanceof AssistantMessage)) {
            return Reply.of("nothing to save yet: send a message first");
        }
        String[] words = arg.isEmpty() ? new String[0] : arg.split("\\s+", 2);
        Severity severity = Severity.MEDIUM;
        String title = "";
        if (words.length > 0) {
            try {
                severity = Severity.parse(words[0]);
                title = words.length > 1 ? words[1] : "";
            } catch (sg.assay.ConfigException e) {
                title = arg;
            }
        }
        Score flagged = judged.stream()
                .filter(s -> s.value() >= 1.0)
                .reduce((a, b) -> b)
                .orElse(null);
        if (title.isEmpty()) {
            title = flagged == null
                    ? "Red-teamer finding"
                    : catalog.source(flagged.scorer())
                            .map(TagCatalog.SourceDefaults::title)
                            .orElse("Red-teamer finding");
        }
        String evidence = judged.isEmpty()
                ? "saved by the red-teamer"
                : String.join(
                        "; ",
                        judged.stream()
                                .map(s -> s.scorer() + "=" + s.value() + ": " + s.explanation())
                                .toList());
        Finding f = new Finding(
                "F-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                title,
                severity,
                new Finding.Source("chat", "manual"),
                target.describe(),
                sg.assay.run.Demo.mock(target.describe()),
                "",
                "",
                "und",
                evidence,
                List.copyOf(tags),
                conversation,
                clock.instant());
        findings.append(f);
        return Reply.of("saved finding " + f.id() + " (" + severity.label() + ", " + conversation.size()
                + " messages) to " + findings.file());
    }

    private Reply reset() {
        conversation.removeIf(m -> !(m instanceof SystemMessage));
        judged.clear();
        tags.clear();
        pending = Optional.empty();
        return Reply.of("conversation cleared (system prompt kept)");
    }

    private Reply quit() {
        done = true;
        return new Reply(List.of("bye"), true);
    }

    private Optional<String> last(Class<? extends Message> type) {
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if (type.isInstance(conversation.get(i))) {
                return Optional.of(conversation.get(i).text());
            }
        }
        return Optional.empty();
    }
}
