package sg.assay.redteam.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import sg.assay.redteam.campaign.CampaignView.BehaviourRow;
import sg.assay.redteam.campaign.CampaignView.BestAttack;
import sg.assay.redteam.campaign.CampaignView.Curve;
import sg.assay.redteam.campaign.CampaignView.Point;
import sg.assay.redteam.campaign.CampaignView.Rate;
import sg.assay.stats.Interval;
import sg.assay.stats.KaplanMeier;
import sg.assay.stats.Means;
import sg.assay.stats.Proportions;

/**
 * Computes a campaign's results from its attacks. Rates count measured attacks only (attacker failures and target
 * errors are reported apart); their intervals are clustered by behaviour, because the same behaviour is attacked by
 * several strategies, converters and languages and those attacks are not independent.
 */
public final class CampaignAnalysis {
    static final double LEVEL = 0.95;

    private CampaignAnalysis() {}

    /** Who and what the campaign attacked with, for the header. */
    public record Header(String campaign, String target, String attacker, String judge, int runs) {}

    public static CampaignView analyse(Header h, List<AttackRecord> all, JudgeCorrection correction) {
        List<AttackRecord> measured =
                all.stream().filter(AttackRecord::measured).toList();
        int attackerFailures =
                (int) all.stream().filter(AttackRecord::attackerFailure).count();
        int otherFailures = (int)
                all.stream().filter(a -> !a.measured() && !a.attackerFailure()).count();
        List<Rate> rates = new ArrayList<>();
        rates.addAll(by("strategy", measured, AttackRecord::strategy, correction));
        rates.addAll(by("converter", measured, AttackRecord::converter, correction));
        rates.addAll(by("language", measured, AttackRecord::language, correction));
        rates.addAll(by("category", measured, a -> a.category().isEmpty() ? "(none)" : a.category(), correction));
        List<Curve> curves = new ArrayList<>();
        curves.add(curve("all", measured));
        group(measured, AttackRecord::strategy).forEach((s, list) -> curves.add(curve(s, list)));
        boolean demo = !demoReasons(h.target(), h.attacker(), h.judge()).isEmpty();
        return new CampaignView(
                h.campaign(),
                h.target(),
                h.attacker(),
                h.judge(),
                demo,
                h.runs(),
                all.size(),
                measured.size(),
                attackerFailures,
                otherFailures,
                all.stream().mapToInt(AttackRecord::judgeErrors).sum(),
                rate("all", "all", measured, correction, language("all", "all", measured)),
                rates,
                curves,
                behaviours(measured),
                best(measured),
                correction.note(),
                CampaignCost.of(all, h.target(), h.attacker(), h.judge(), AttackCost.Pricer.none(), "no price table"));
    }

    /** Whether a target, attacker or judge spec (the judge may be followed by its rubric) names a built-in mock. */
    static boolean mock(String spec) {
        return sg.assay.run.Demo.mock(spec);
    }

    /** Why a campaign is a demo, one phrase per mock among its target, attacker and judge; empty for a measurement. */
    public static List<String> demoReasons(String target, String attacker, String judge) {
        List<String> out = new ArrayList<>();
        if (mock(target)) {
            out.add(sg.assay.run.Demo.target(target));
        }
        if (mock(attacker)) {
            out.add(sg.assay.run.Demo.phrase("attacker", attacker));
        }
        if (mock(judge)) {
            out.add(sg.assay.run.Demo.phrase("judge", judge.split(" ", 2)[0]));
        }
        return out;
    }

    private static Map<String, List<AttackRecord>> group(List<AttackRecord> list, Function<AttackRecord, String> key) {
        Map<String, List<AttackRecord>> out = new TreeMap<>();
        for (AttackRecord a : list) {
            out.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    private static List<Rate> by(
            String dimension, List<AttackRecord> list, Function<AttackRecord, String> key, JudgeCorrection c) {
        List<Rate> out = new ArrayList<>();
        group(list, key)
                .forEach((value, attacks) ->
                        out.add(rate(dimension, value, attacks, c, language(dimension, value, attacks))));
        return out;
    }

    /** The language of a rate's attacks: the value of a language rate, else their one language, else empty. */
    private static String language(String dimension, String value, List<AttackRecord> attacks) {
        if (dimension.equals("language")) {
            return value;
        }
        List<String> langs =
                attacks.stream().map(AttackRecord::language).distinct().toList();
        return langs.size() == 1 ? langs.getFirst() : "";
    }

    /**
     * The rate with a Wilson interval, at the design-effect sample size when behaviours repeat, and its correction for
     * judge error (at the same effective size, so the clustering carries into the corrected interval too).
     */
    static Rate rate(String dimension, String value, List<AttackRecord> attacks, JudgeCorrection c, String language) {
        int n = attacks.size();
        int k = (int) attacks.stream().filter(AttackRecord::success).count();
        List<Means.Observation> obs = attacks.stream()
                .map(a -> new Means.Observation(a.success() ? 1 : 0, a.behaviour()))
                .toList();
        long clusters = obs.stream().map(Means.Observation::cluster).distinct().count();
        Interval iv;
        String method;
        double nEff = n;
        if (n == 0) {
            return new Rate(dimension, value, 0, 0, 0, 0, 0, 1, "none", false, 0, 0, 0, "");
        } else if (clusters == n) {
            iv = Proportions.wilson(k, n, LEVEL);
            method = "wilson";
        } else {
            double p = (double) k / n;
            double seCluster = Means.clusteredStderr(obs);
            double seSimple = Math.sqrt(p * (1 - p) / n);
            nEff = seSimple == 0 || Double.isNaN(seCluster)
                    ? clusters
                    : n / Math.max(1.0, seCluster * seCluster / (seSimple * seSimple));
            iv = Proportions.wilson(p, nEff, LEVEL);
            method = "wilson-deff";
        }
        long effective = Math.max(1, Math.round(nEff));
        JudgeCorrection.Corrected corrected =
                c.correct(iv, Math.round((double) k / n * effective), effective, language);
        Optional<Interval> fixed = corrected.rate();
        return new Rate(
                dimension,
                value,
                n,
                (int) clusters,
                k,
                iv.estimate(),
                iv.lower(),
                iv.upper(),
                method,
                fixed.isPresent(),
                fixed.map(Interval::estimate).orElse(0.0),
                fixed.map(Interval::lower).orElse(0.0),
                fixed.map(Interval::upper).orElse(0.0),
                corrected.validation());
    }

    /** Kaplan-Meier of queries to success; attacks without success are censored at the queries they spent. */
    static Curve curve(String strategy, List<AttackRecord> attacks) {
        List<KaplanMeier.Observation> obs = attacks.stream()
                .map(a -> new KaplanMeier.Observation(a.success() ? a.queriesToSuccess() : a.queries(), a.success()))
                .toList();
        List<Point> points = KaplanMeier.estimate(obs, LEVEL).stream()
                .map(s -> new Point(
                        (int) s.time(), s.atRisk(), s.events(), 1 - s.survival(), 1 - s.upper(), 1 - s.lower()))
                .toList();
        int successes = (int) attacks.stream().filter(AttackRecord::success).count();
        return new Curve(strategy, attacks.size(), successes, points);
    }

    private static List<BehaviourRow> behaviours(List<AttackRecord> measured) {
        List<BehaviourRow> out = new ArrayList<>();
        group(measured, AttackRecord::behaviour).forEach((b, list) -> {
            TreeSet<String> strategies = new TreeSet<>();
            list.stream().filter(AttackRecord::success).forEach(a -> strategies.add(a.strategy()));
            int k = (int) list.stream().filter(AttackRecord::success).count();
            out.add(new BehaviourRow(b, list.getFirst().category(), list.size(), k, List.copyOf(strategies)));
        });
        return out;
    }

    private static List<BestAttack> best(List<AttackRecord> measured) {
        List<BestAttack> out = new ArrayList<>();
        group(measured, AttackRecord::behaviour)
                .forEach((b, list) -> list.stream()
                        .filter(AttackRecord::success)
                        .min(Comparator.comparingInt(AttackRecord::queriesToSuccess)
                                .thenComparing(AttackRecord::bestScore, Comparator.reverseOrder()))
                        .ifPresent(a -> out.add(new BestAttack(
                                b,
                                a.category(),
                                a.runId(),
                                a.strategy(),
                                a.converter(),
                                a.language(),
                                a.queriesToSuccess(),
                                a.bestScore(),
                                a.transcript()))));
        return out;
    }
}
