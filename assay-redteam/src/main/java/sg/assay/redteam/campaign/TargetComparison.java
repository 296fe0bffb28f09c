package sg.assay.redteam.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.stats.Pair;
import sg.assay.stats.PairedComparison;
import sg.assay.stats.PairedResult;

/**
 * Compares two campaigns run with the same behaviours, strategies, converters and languages against different
 * targets: each attack in A is paired with the same attack (behaviour, strategy, converter, language) in B, and the
 * difference of success rates A − B gets a paired interval clustered by behaviour.
 */
public final class TargetComparison {
    private TargetComparison() {}

    /**
     * @param pairs attacks present and measured in both campaigns
     * @param onlyA attacks measured in A only (left out)
     * @param onlyB attacks measured in B only (left out)
     * @param result the paired comparison
     */
    public record Comparison(int pairs, int onlyA, int onlyB, PairedResult result) {}

    public static Comparison compare(List<AttackRecord> a, List<AttackRecord> b, long seed) {
        Map<String, AttackRecord> inB = index(b);
        Map<String, AttackRecord> inA = index(a);
        List<Pair> pairs = new ArrayList<>();
        int onlyA = 0;
        for (Map.Entry<String, AttackRecord> e : inA.entrySet()) {
            AttackRecord other = inB.get(e.getKey());
            if (other == null) {
                onlyA++;
                continue;
            }
            pairs.add(new Pair(
                    e.getValue().success() ? 1 : 0,
                    other.success() ? 1 : 0,
                    e.getValue().behaviour()));
        }
        int onlyB = (int) inB.keySet().stream().filter(k -> !inA.containsKey(k)).count();
        if (pairs.isEmpty()) {
            throw new ConfigException("the two campaigns share no attack (same behaviour, strategy, converter and"
                    + " language); run them with the same settings");
        }
        return new Comparison(pairs.size(), onlyA, onlyB, PairedComparison.compare(pairs, 0.95, seed, 2000));
    }

    private static Map<String, AttackRecord> index(List<AttackRecord> list) {
        Map<String, AttackRecord> out = new LinkedHashMap<>();
        for (AttackRecord r : list) {
            if (r.measured()) {
                out.put(
                        r.behaviour() + "\u0000" + r.strategy() + "\u0000" + r.converter() + "\u0000" + r.language(),
                        r);
            }
        }
        return out;
    }
}
