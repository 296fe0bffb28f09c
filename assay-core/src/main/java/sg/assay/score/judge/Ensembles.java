package sg.assay.score.judge;

import java.util.ArrayList;
import java.util.List;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.score.MetricKind;
import sg.assay.score.Scorer;

/** The {@code judge/ensemble} component: several judges, one verdict by vote. */
final class Ensembles {
    private Ensembles() {}

    static Component<Scorer> component(Registry<Scorer> judges) {
        return Component.of(
                "judge/ensemble",
                "several judges vote (majority, unanimous or weighted); disagreements kept in metadata",
                List.of(
                        Param.required(
                                "judges",
                                "(required) judge specs, each in brackets ([judge/safety];[judge/refusal]) or"
                                        + " separated by ';', quoted as a whole"),
                        Param.optional("vote", "majority, unanimous or weighted", "majority"),
                        Param.optional("weights", "one weight per judge, separated by ';' (weighted vote)", "1;1;..."),
                        Param.optional("name", "the metric's name", "judge/ensemble")),
                spec -> build(spec, judges));
    }

    static EnsembleScorer build(Spec spec, Registry<Scorer> judges) {
        List<JudgeScorer> members = new ArrayList<>();
        for (String text : EnsembleMembers.split(spec.require("judges"))) {
            Spec member = Spec.parse(text);
            if (!member.name().startsWith("judge/") || member.name().equals("judge/ensemble")) {
                throw new ConfigException("judge/ensemble members must be judges (judge/safety, ...): " + text.strip());
            }
            members.add((JudgeScorer) judges.create(member));
        }
        if (members.size() < 2) {
            throw new ConfigException("judge/ensemble needs at least two judges: " + spec.require("judges"));
        }
        MetricKind kind = members.getFirst().kind();
        if (members.stream().anyMatch(m -> m.kind() != kind)) {
            throw new ConfigException("judge/ensemble members must all be graded or all be binary");
        }
        Vote vote = Vote.parse(spec.param("vote", "majority"));
        if (vote == Vote.UNANIMOUS && kind == MetricKind.MEAN) {
            throw new ConfigException("judge/ensemble cannot take a unanimous vote over graded scores; use majority"
                    + " (median) or weighted (weighted mean)");
        }
        return new EnsembleScorer(spec.param("name", spec.name()), members, vote, weights(spec, members.size()));
    }

    private static double[] weights(Spec spec, int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        String text = spec.param("weights", "");
        if (text.isBlank()) {
            return w;
        }
        String[] parts = text.split(";");
        if (parts.length != n) {
            throw new ConfigException("judge/ensemble has " + n + " judges but " + parts.length + " weights: " + text);
        }
        for (int i = 0; i < n; i++) {
            try {
                w[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new ConfigException("judge/ensemble weight must be a number: " + parts[i].strip());
            }
            if (!(w[i] > 0)) {
                throw new ConfigException("judge/ensemble weights must be positive: " + parts[i].strip());
            }
        }
        return w;
    }
}
