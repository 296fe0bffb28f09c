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

    void add(String language, Score s) {
        if (s.metadata().containsKey(JudgeScorer.META + "identity")) {
            identities.add(JudgeIdentity.fromMetadata(s.metadata(), JudgeScorer.META));
        }
        long[] c = byLanguage.computeIfAbsent(language, k -> new long[3]);
        if (s.judgeError()) {
            c[2]++;
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
