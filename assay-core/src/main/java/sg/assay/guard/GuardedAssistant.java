package sg.assay.guard;

import java.util.Locale;
import java.util.Map;
import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * {@code mock/guarded}: the offline reference assistant. It refuses, in the prompt's language, what {@code
 * local/guard} flags and otherwise gives a short, neutral, clearly marked reference answer (never harmful content).
 * A run against it measures the embedded guard as a gate: its non-refusal rate on harmful prompts is the guard's miss
 * rate and its over-refusal rate is the guard's false-positive rate, per language. It is a reference system, not a
 * model.
 */
final class GuardedAssistant implements Target {
    private final Spec spec;
    private final GuardModel model;
    private final Replies replies;

    GuardedAssistant(Spec spec, GuardModel model, Replies replies) {
        this.spec = spec;
        this.model = model;
        this.replies = replies;
    }

    /** Loads the model and the language models now, so that the first samples' latencies are not the loading. */
    static GuardedAssistant of(Spec spec) {
        Replies replies = Replies.standard();
        replies.language("warm up the latin-script language models");
        return new GuardedAssistant(spec, LocalGuard.model(spec), replies);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        String prompt = request.lastUserText();
        GuardVerdict v = model.classify(prompt);
        String text = v.flagged() ? replies.refusal(prompt) : replies.answer(prompt);
        Map<String, String> meta = Map.of(
                "guard.score", String.format(Locale.ROOT, "%.4f", v.score()),
                "guard.flagged", Boolean.toString(v.flagged()),
                "guard.threshold", String.format(Locale.ROOT, "%.4f", v.threshold()));
        return new TargetResponse(
                sg.assay.message.Message.assistant(text),
                new Usage(words(prompt), words(text), 1),
                spec.name(),
                "",
                "stop",
                meta);
    }

    private static long words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
