package sg.assay.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import sg.assay.dataset.Sample;
import sg.assay.score.judge.LabelSet;

/**
 * The individual annotators' labels of a sample, for Krippendorff's α: from named metadata columns (one per annotator,
 * e.g. SGHateCheck's {@code annotator_1..3}) or from per-label counts ({@code count_sentiment_<label>}, as in
 * SEAHateCheck). Labels are mapped to the common set where they can be; others (e.g. {@code nonsensical}) stay
 * categories of their own.
 */
final class Annotations {
    private static final Pattern ANNOTATOR = Pattern.compile("annotator_?\\d+");
    private static final String COUNT = "count_sentiment_";

    private Annotations() {}

    /** Label → annotators who gave it; empty when the sample does not say. */
    static Map<String, Integer> of(Sample sample, LabelSet labels, List<String> columns) {
        Map<String, Integer> out = new TreeMap<>();
        Map<String, String> meta = sample.metadata();
        meta.forEach((k, v) -> {
            boolean named = columns.isEmpty() ? ANNOTATOR.matcher(k).matches() : columns.contains(k);
            if (named && !v.isBlank()) {
                out.merge(label(v, labels), 1, Integer::sum);
            }
        });
        if (out.isEmpty() && columns.isEmpty()) {
            meta.forEach((k, v) -> {
                if (k.startsWith(COUNT) && !v.isBlank()) {
                    int n = (int) Math.round(Double.parseDouble(v));
                    if (n > 0) {
                        out.merge(label(k.substring(COUNT.length()), labels), n, Integer::sum);
                    }
                }
            });
        }
        return out;
    }

    private static String label(String word, LabelSet labels) {
        return labels.map(word).orElse(word.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code a=2;b=1}, as stored in score metadata. */
    static String encode(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) ->
                sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    static Map<String, Integer> decode(String text) {
        Map<String, Integer> out = new TreeMap<>();
        for (String part : text.split(";")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return out;
    }
}
