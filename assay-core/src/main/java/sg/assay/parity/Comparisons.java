package sg.assay.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import sg.assay.ConfigException;
import sg.assay.stats.Interval;
import sg.assay.stats.Multiplicity;
import sg.assay.stats.Pair;
import sg.assay.stats.PairedComparison;
import sg.assay.stats.PairedResult;

/** Each non-reference language against the reference: paired interval, verdict, Holm-adjusted p, power. */
final class Comparisons {
    private Comparisons() {}

    static List<LanguageComparison> of(ParityData data, ParitySettings settings, double level) {
        List<String> others = data.languages().subList(1, data.languages().size());
        List<PairedResult> results = new ArrayList<>();
        for (String language : others) {
            List<Pair> pairs = data.pairs(language, intent -> true);
            if (pairs.size() < 2) {
                throw new ConfigException("language '" + language + "' shares " + pairs.size()
                        + " intent(s) with the reference '" + data.reference() + "'; expected at least 2");
            }
            results.add(PairedComparison.compare(pairs, level, settings.seed(), settings.replicates()));
        }
        double[] holm = Multiplicity.holm(
                results.stream().mapToDouble(PairedResult::pValue).toArray());
        List<LanguageComparison> out = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            PairedResult r = results.get(i);
            Interval iv = r.difference();
            Verdict verdict = Verdict.of(iv.lower(), iv.upper(), settings.margin(), settings.direction());
            out.add(new LanguageComparison(
                    others.get(i), data.reference(), r, holm[i], verdict, mdd(r, settings, level)));
        }
        return out;
    }

    /** The minimum detectable worsening for this comparison's intents, at the reference's observed rate. */
    private static OptionalDouble mdd(PairedResult r, ParitySettings settings, double level) {
        double baseline = settings.direction() == Direction.HIGHER_IS_WORSE ? r.meanB() : 1 - r.meanB();
        return Planner.minimumDetectableDifference(
                r.clusters(), baseline, 1 - level, settings.power(), settings.correlation());
    }
}
