package sg.assay.score.judge;

import java.util.List;
import java.util.Map;
import sg.assay.Spec;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.score.Scorer;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.solve.TaskState;
import sg.assay.target.Target;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/** Builds judges over fake targets, and task states with a response. */
final class JudgeFixtures {
    private static final RefusalClassifier REFUSALS = RefusalClassifier.standard();

    private JudgeFixtures() {}

    /** A scorer built from a spec through the judge components, every judge target being {@code target}. */
    static Scorer scorer(String spec, Target target) {
        sg.assay.Registry<Scorer> r = new sg.assay.Registry<>("scorer");
        Judges.components(s -> target, REFUSALS).forEach(r::register);
        return r.create(Spec.parse(spec));
    }

    /** Judges whose target is chosen by the target spec's name. */
    static Scorer scorer(String spec, Map<String, Target> targets) {
        sg.assay.Registry<Scorer> r = new sg.assay.Registry<>("scorer");
        Judges.components(s -> targets.get(s.name()), REFUSALS).forEach(r::register);
        return r.create(Spec.parse(spec));
    }

    static Sample sample(String prompt, String language, String category) {
        return new Sample("s1", List.of(Message.user(prompt)), "", language, category, "", Map.of());
    }

    static TaskState answered(Sample sample, String response) {
        return TaskState.start(sample, 1).withResponse(TargetResponse.of(response, Usage.ZERO, "sut"));
    }
}
