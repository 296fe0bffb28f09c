package sg.assay.language;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a language identifier concluded about one text: a relative confidence per language code it considered
 * ({@code en}, {@code ms}, {@code id}, {@code fil}, {@code vi}, {@code zh}, {@code ta}, {@code th}), highest first. The
 * most likely language has 1.0 and the others a value in [0, 1) saying how close they came (Lingua's scale).
 */
public record Identification(Map<String, Double> confidences) {
    public Identification {
        Map<String, Double> sorted = new LinkedHashMap<>();
        confidences.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        confidences = java.util.Collections.unmodifiableMap(sorted);
    }

    public static Identification none() {
        return new Identification(Map.of());
    }

    /** The most likely language code, or empty when nothing could be identified. */
    public Optional<String> top() {
        return confidences.keySet().stream().findFirst();
    }

    public double confidence(String code) {
        return confidences.getOrDefault(code, 0.0);
    }

    /** The two most likely codes with their confidences, for messages, e.g. {@code id 0.71, ms 0.22}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        confidences.entrySet().stream().limit(2).forEach(e -> {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", e.getValue()));
        });
        return sb.isEmpty() ? "nothing identified" : sb.toString();
    }
}
