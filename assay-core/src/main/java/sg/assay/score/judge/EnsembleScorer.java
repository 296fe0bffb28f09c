package sg.assay.score.judge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import sg.assay.dataset.Sample;
import sg.assay.score.MetricKind;
import sg.assay.score.Score;
import sg.assay.solve.TaskState;

/**
 * Several judges and a vote. Judges that could not judge are left out of the vote (and counted); when none could, or
 * a majority or weighted vote ties, the ensemble's score is a {@code judge-error}. Every member's verdict is kept in
 * metadata ({@code ensemble.votes}), with whether they disagreed. The ensemble's identity is the digest of its
 * members' identities, the vote and the weights.
 */
public final class EnsembleScorer implements IdentifiedJudge {
    private final String name;
    private final List<JudgeScorer> members;
    private final Vote vote;
    private final double[] weights;
    private final JudgeIdentity identity;

    EnsembleScorer(String name, List<JudgeScorer> members, Vote vote, double[] weights) {
        this.name = name;
        this.members = List.copyOf(members);
        this.vote = vote;
        this.weights = weights.clone();
        List<String> digests =
                members.stream().map(m -> m.judge().identity().digest()).toList();
        Map<String, String> params = new TreeMap<>();
        params.put("vote", vote.word());
        params.put("weights", Arrays.toString(weights));
        this.identity = JudgeIdentity.of(
                "ensemble" + digests,
                "ensemble",
                1,
                Rubrics.digest(String.join(",", digests).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                params);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MetricKind kind() {
        return members.getFirst().kind();
    }

    @Override
    public String meaning() {
        return members.getFirst().meaning() + ", by " + vote.word() + " vote of " + members.size() + " judges";
    }

    @Override
    public JudgeIdentity identity() {
        return identity;
    }

    /** The common labels the members give. */
    @Override
    public LabelSet labels() {
        return members.getFirst().labels();
    }

    @Override
    public Optional<String> positive() {
        return members.getFirst().positive();
    }

    @Override
    public Score score(TaskState state, Sample sample) {
        List<Score> scores = new ArrayList<>();
        for (JudgeScorer m : members) {
            scores.add(m.score(state, sample));
        }
        return combine(scores);
    }

    /** The ensemble's score from its members' scores, in member order. */
    Score combine(List<Score> scores) {
        Map<String, String> meta = new LinkedHashMap<>(identity.asMetadata(JudgeScorer.META));
        List<String> votes = new ArrayList<>();
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            votes.add((i + 1) + ":" + s.label());
            if (!s.judgeError()) {
                judged.add(i);
            }
        }
        long distinct =
                judged.stream().map(i -> scores.get(i).label()).distinct().count();
        meta.put("ensemble.vote", vote.word());
        meta.put("ensemble.votes", String.join(";", votes));
        meta.put("ensemble.judged", judged.size() + "/" + scores.size());
        meta.put("ensemble.disagreement", Boolean.toString(distinct > 1));
        if (judged.isEmpty()) {
            meta.put(JudgeScorer.META + "error", "no-judge");
            return new Score(name, Double.NaN, Score.JUDGE_ERROR, "no judge of the ensemble could judge", meta);
        }
        if (kind() == MetricKind.MEAN) {
            double value = vote == Vote.WEIGHTED ? weightedMean(scores, judged) : median(scores, judged);
            return new Score(
                    name,
                    value,
                    distinct > 1 ? "mixed" : scores.get(judged.getFirst()).label(),
                    "ensemble " + vote.word() + " of " + judged.size() + " judges",
                    meta);
        }
        positiveShare(scores, judged).ifPresent(p -> meta.put(JudgeScorer.META + "probability", Double.toString(p)));
        Optional<Score> winner =
                vote == Vote.UNANIMOUS ? Optional.of(unanimous(scores, judged)) : plurality(scores, judged);
        if (winner.isEmpty()) {
            meta.put(JudgeScorer.META + "error", "tie");
            return new Score(name, Double.NaN, Score.JUDGE_ERROR, "the judges' " + vote.word() + " vote tied", meta);
        }
        Score w = winner.get();
        return new Score(
                name,
                w.value(),
                w.label(),
                "ensemble " + vote.word() + " of " + judged.size() + " judges"
                        + (distinct > 1 ? " (judges disagreed)" : ""),
                meta);
    }

    /** The share of (weighted) votes for value 1: the ensemble's probability of the positive label. */
    private Optional<Double> positiveShare(List<Score> scores, List<Integer> judged) {
        double yes = 0;
        double all = 0;
        for (int i : judged) {
            double w = vote == Vote.WEIGHTED ? weights[i] : 1;
            all += w;
            yes += scores.get(i).value() == 1.0 ? w : 0;
        }
        return Optional.of(yes / all);
    }

    private Optional<Score> plurality(List<Score> scores, List<Integer> judged) {
        Map<String, Double> tally = new LinkedHashMap<>();
        Map<String, Score> example = new LinkedHashMap<>();
        for (int i : judged) {
            Score s = scores.get(i);
            tally.merge(s.label(), vote == Vote.WEIGHTED ? weights[i] : 1.0, Double::sum);
            example.putIfAbsent(s.label(), s);
        }
        double best =
                tally.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> top = tally.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .toList();
        return top.size() == 1 ? Optional.ofNullable(example.get(top.getFirst())) : Optional.empty();
    }

    private static Score unanimous(List<Score> scores, List<Integer> judged) {
        boolean allOne = judged.stream().allMatch(i -> scores.get(i).value() == 1.0);
        List<Integer> side = judged.stream()
                .filter(i -> (scores.get(i).value() == 1.0) == allOne)
                .toList();
        Map<String, Integer> tally = new LinkedHashMap<>();
        side.forEach(i -> tally.merge(scores.get(i).label(), 1, Integer::sum));
        String label = tally.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return side.stream()
                .map(scores::get)
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private double weightedMean(List<Score> scores, List<Integer> judged) {
        double sum = 0;
        double w = 0;
        for (int i : judged) {
            sum += weights[i] * scores.get(i).value();
            w += weights[i];
        }
        return sum / w;
    }

    private static double median(List<Score> scores, List<Integer> judged) {
        double[] v =
                judged.stream().mapToDouble(i -> scores.get(i).value()).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
