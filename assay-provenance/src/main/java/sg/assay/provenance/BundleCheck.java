package sg.assay.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a run as it is now with the manifest that was signed, and names each difference: a changed field of the
 * run record, a changed, missing, extra, duplicated or moved sample line.
 */
final class BundleCheck {
    /** At most this many sample-line problems are listed; the rest are counted. */
    static final int MAX_LINE_PROBLEMS = 20;

    private BundleCheck() {}

    static List<String> compare(RunManifest signed, RunManifest now) {
        List<String> problems = new ArrayList<>();
        if (!signed.runId().equals(now.runId())) {
            problems.add("run id changed: signed '" + signed.runId() + "', now '" + now.runId() + "'");
        }
        if (!signed.runDigest().equals(now.runDigest())) {
            problems.addAll(fields(signed.runFields(), now.runFields()));
            if (problems.isEmpty()) {
                problems.add("run record changed: signed " + signed.runDigest() + ", now " + now.runDigest());
            }
        }
        if (signed.samples() != now.samples()) {
            problems.add("sample count changed: signed " + signed.samples() + ", now " + now.samples());
        }
        if (!signed.samplesDigest().equals(now.samplesDigest())) {
            List<String> lines = lines(signed.lines(), now.lines());
            if (lines.isEmpty()) {
                lines.add("sample lines changed: signed digest " + signed.samplesDigest() + ", now "
                        + now.samplesDigest());
            }
            problems.addAll(cap(lines));
        }
        return problems;
    }

    private static List<String> fields(Map<String, String> signed, Map<String, String> now) {
        List<String> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(signed.keySet());
        names.addAll(now.keySet());
        for (String f : names) {
            String a = signed.get(f);
            String b = now.get(f);
            if (b == null) {
                out.add("run record field '" + f + "' was removed");
            } else if (a == null) {
                out.add("run record field '" + f + "' was added");
            } else if (!a.equals(b)) {
                out.add("run record field '" + f + "' changed");
            }
        }
        return out;
    }

    private static List<String> lines(List<RunManifest.Line> signed, List<RunManifest.Line> now) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> signedAt = index(signed);
        Map<String, Integer> nowAt = new HashMap<>();
        for (int j = 0; j < now.size(); j++) {
            RunManifest.Line l = now.get(j);
            Integer first = nowAt.putIfAbsent(l.key(), j);
            if (first != null) {
                out.add("sample line " + (j + 1) + " (" + l.label() + ") duplicates line " + (first + 1));
            }
        }
        for (int i = 0; i < signed.size(); i++) {
            RunManifest.Line l = signed.get(i);
            if (!nowAt.containsKey(l.key())) {
                out.add("sample line " + (i + 1) + " (" + l.label() + ") is missing: it was signed but is gone");
            }
        }
        List<String> common = new ArrayList<>();
        for (int j = 0; j < now.size(); j++) {
            RunManifest.Line l = now.get(j);
            Integer i = signedAt.get(l.key());
            if (i == null) {
                out.add("extra sample line " + (j + 1) + " (" + l.label() + ") was not signed");
                continue;
            }
            if (nowAt.getOrDefault(l.key(), -1) != j) {
                continue;
            }
            common.add(l.key());
            if (!signed.get(i).digest().equals(l.digest())) {
                out.add("sample line " + (j + 1) + " (" + l.label() + ") changed: its content differs from the signed"
                        + " line " + (i + 1) + " (signed " + signed.get(i).digest() + ", now " + l.digest() + ")");
            }
        }
        out.addAll(order(signed, now, common, signedAt, nowAt));
        return out;
    }

    /** Lines present in both whose relative order differs from the signed order. */
    private static List<String> order(
            List<RunManifest.Line> signed,
            List<RunManifest.Line> now,
            List<String> commonInNowOrder,
            Map<String, Integer> signedAt,
            Map<String, Integer> nowAt) {
        Set<String> common = Set.copyOf(commonInNowOrder);
        List<String> signedOrder = signed.stream()
                .map(RunManifest.Line::key)
                .filter(common::contains)
                .toList();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < signedOrder.size(); k++) {
            String key = commonInNowOrder.get(k);
            if (!key.equals(signedOrder.get(k))) {
                int j = nowAt.getOrDefault(key, -1);
                int i = signedAt.getOrDefault(key, -1);
                out.add("samples reordered: line " + (j + 1) + " holds "
                        + now.get(j).label() + ", which was signed" + " as line " + (i + 1));
            }
        }
        return out;
    }

    private static Map<String, Integer> index(List<RunManifest.Line> lines) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            at.putIfAbsent(lines.get(i).key(), i);
        }
        return at;
    }

    private static List<String> cap(List<String> problems) {
        if (problems.size() <= MAX_LINE_PROBLEMS) {
            return problems;
        }
        List<String> out = new ArrayList<>(problems.subList(0, MAX_LINE_PROBLEMS));
        out.add("… and " + (problems.size() - MAX_LINE_PROBLEMS) + " more sample-line problems");
        return out;
    }
}
