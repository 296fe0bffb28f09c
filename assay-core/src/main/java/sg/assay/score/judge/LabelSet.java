package sg.assay.score.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A common set of labels and the words, in any language, that mean each: {@code Berbahaya}, {@code harmful} and
 * {@code unsafe} can all mean {@code unsafe}. Words compare case-insensitively, with spaces, hyphens and underscores
 * treated alike.
 */
public record LabelSet(List<String> labels, Map<String, String> words) {
    public LabelSet {
        labels = List.copyOf(labels);
        words = Map.copyOf(words);
    }

    /** The labels, each meaning itself and its synonyms. */
    public static LabelSet of(List<String> labels, Map<String, List<String>> synonyms) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String label : labels) {
            words.put(key(label), label);
            for (String w : synonyms.getOrDefault(label, List.of())) {
                words.putIfAbsent(key(w), label);
            }
        }
        return new LabelSet(labels, words);
    }

    /** The common label a word means, if any. */
    public Optional<String> map(String word) {
        return Optional.ofNullable(words.get(key(word)));
    }

    /** This set with more words, given as {@code word=label} pairs, e.g. from a {@code synonyms} parameter. */
    public LabelSet withWords(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(words);
        more.forEach((w, l) -> all.put(key(w), l));
        return new LabelSet(labels, all);
    }

    /** The labels as a bulleted list for a rubric. */
    public String bullets() {
        List<String> lines = new ArrayList<>();
        labels.forEach(l -> lines.add("- \"" + l + "\""));
        return String.join("\n", lines);
    }

    static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }
}
