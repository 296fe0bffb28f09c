package sg.assay.guard;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * {@code local/guard}: the embedded guard as a classifier target. Its answer is one line, {@code flagged} or {@code
 * allowed}, followed by the score, and the same facts as response metadata ({@code guard.flagged},
 * {@code guard.score}, {@code guard.threshold}) for scorers.
 */
final class LocalGuard implements Target {
    private final Spec spec;
    private final GuardModel model;

    LocalGuard(Spec spec) {
        this.spec = spec;
        this.model = model(spec);
    }

    /** The bundled model, or the file in parameter {@code model}, with an optional {@code threshold} override. */
    static GuardModel model(Spec spec) {
        String file = spec.param("model", "");
        GuardModel m = file.isBlank() ? GuardModel.bundled() : GuardModel.read(Path.of(file));
        return spec.params().containsKey("threshold") ? m.withThreshold(spec.doubleParam("threshold", 0.5)) : m;
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        GuardVerdict v = model.classify(request.lastUserText());
        String score = String.format(Locale.ROOT, "%.4f", v.score());
        String text = (v.flagged() ? "flagged" : "allowed") + " unsafe=" + score;
        Map<String, String> meta = Map.of(
                "guard.score", score,
                "guard.flagged", Boolean.toString(v.flagged()),
                "guard.threshold", String.format(Locale.ROOT, "%.4f", v.threshold()));
        return new TargetResponse(sg.assay.message.Message.assistant(text), Usage.ZERO, spec.name(), "", "stop", meta);
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
