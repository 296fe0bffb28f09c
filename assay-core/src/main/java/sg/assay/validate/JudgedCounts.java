package sg.assay.validate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import sg.assay.run.RunStore;
import sg.assay.score.Score;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.score.judge.JudgeScorer;

/**
 * What one judge scorer said in a run, per language: samples called positive, samples judged, and judge errors (left
 * out of the rate), with the judge identities its scores recorded.
 */
final class JudgedCounts {
    final Set<JudgeIdentity> identities = new LinkedHashSet<>();

    /** Per language: {positives, judged, judge errors}. */
    final Map<String, long[]> byLanguage = new TreeMap<>();

    /** Judge errors by reason ({@code judge.error}: unparseable, refused-to-judge, unavailable, tie...). */
    final Map<String, Long> errorReasons = new TreeMap<>();

    /** Ensemble scores, and those whose members disagreed ({@code ensemble.disagreement}); zero for one judge. */
    long ensembleScores;

    long disagreements;

    void add(String language, Score s) {
        if (s.metadata().containsKey(JudgeScorer.META + "identity")) {
            identities.add(JudgeIdentity.fromMetadata(s.metadata(), JudgeScorer.META));
        }
        String disagreement = s.metadata().get("ensemble.disagreement");
        if (disagreement != null) {
            ensembleScores++;
            disagreements += disagreement.equals("true") ? 1 : 0;
        }
        long[] c = byLanguage.computeIfAbsent(language, k -> new long[3]);
        if (s.judgeError()) {
            c[2]++;
            errorReasons.merge(s.metadata().getOrDefault(JudgeScorer.META + "error", "not stated"), 1L, Long::sum);
        } else if (!Double.isNaN(s.value())) {
            c[0] += s.value() == 1.0 ? 1 : 0;
            c[1]++;
        }
    }

    /** The counts of one named scorer. */
    static JudgedCounts of(RunStore store, String runId, String scorer) {
        JudgedCounts counts = new JudgedCounts();
        store.forEachResult(
                runId,
                r -> r.scores().stream()
                        .filter(s -> s.scorer().equals(scorer))
                        .forEach(s -> counts.add(r.language(), s)));
        return counts;
    }

    /** The counts of every scorer whose scores carry a judge identity, in one pass over the results. */
    static Map<String, JudgedCounts> judges(RunStore store, String runId) {
        Map<String, JudgedCounts> out = new LinkedHashMap<>();
        store.forEachResult(runId, r -> {
            for (Score s : r.scores()) {
                if (s.metadata().containsKey(JudgeScorer.META + "identity")) {
                    out.computeIfAbsent(s.scorer(), k -> new JudgedCounts()).add(r.language(), s);
                }
            }
        });
        return out;
    }
}
