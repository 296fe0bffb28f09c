package sg.assay.guard;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.Spec;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * {@code local/guard}: the embedded guard as a classifier target. Its answer is one line, {@code flagged} or {@code
 * allowed}, followed by the score, and the same facts as response metadata ({@code guard.flagged},
 * {@code guard.score}, {@code guard.threshold}) for scorers, and as a {@link Classification} in the common label set
 * (one overall verdict, {@code classification.unsafe}; every other category is not assessed).
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
        Map<String, String> meta = new LinkedHashMap<>(Classification.of(List.of(
                        new Assessment(HarmCategory.UNSAFE, v.score(), Severity.ofScore(v.score()), v.flagged())))
                .metadata());
        meta.put("guard.score", score);
        meta.put("guard.flagged", Boolean.toString(v.flagged()));
        meta.put("guard.threshold", String.format(Locale.ROOT, "%.4f", v.threshold()));
        return new TargetResponse(sg.assay.message.Message.assistant(text), Usage.ZERO, spec.name(), "", "stop", meta);
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
