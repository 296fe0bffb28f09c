package sg.assay.parity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import sg.assay.ConfigException;
import sg.assay.stats.Pair;

/** Observations indexed by language, intent and epoch; languages are the reference first, then in tag order. */
final class ParityData {
    /** One (intent, epoch) cell. */
    record Cell(String intent, int epoch) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = intent.compareTo(o.intent);
            return c != 0 ? c : Integer.compare(epoch, o.epoch);
        }
    }

    private final List<String> languages;
    private final List<String> intents;
    private final Map<String, String> categoryOf;
    private final Map<String, Map<Cell, Integer>> values;
    private final int maxEpochs;

    private ParityData(
            List<String> languages,
            List<String> intents,
            Map<String, String> categoryOf,
            Map<String, Map<Cell, Integer>> values,
            int maxEpochs) {
        this.languages = languages;
        this.intents = intents;
        this.categoryOf = categoryOf;
        this.values = values;
        this.maxEpochs = maxEpochs;
    }

    static ParityData of(List<Observation> observations, String reference) {
        Map<String, Map<Cell, Integer>> values = new HashMap<>();
        Map<String, String> categoryOf = new HashMap<>();
        TreeSet<String> intents = new TreeSet<>();
        Map<String, Map<String, Integer>> epochsPerIntent = new HashMap<>();
        int maxEpochs = 0;
        for (Observation o : observations) {
            Cell cell = new Cell(o.intent(), o.epoch());
            if (values.computeIfAbsent(o.language(), k -> new TreeMap<>()).put(cell, o.value()) != null) {
                throw new ConfigException("duplicate observation for intent '" + o.intent() + "', language '"
                        + o.language() + "', epoch " + o.epoch());
            }
            String known = categoryOf.putIfAbsent(o.intent(), o.category());
            if (known != null && !known.equals(o.category())) {
                throw new ConfigException("intent '" + o.intent() + "' has two categories: '" + known + "' and '"
                        + o.category() + "'; expected one category per intent");
            }
            intents.add(o.intent());
            int e = epochsPerIntent
                    .computeIfAbsent(o.language(), k -> new HashMap<>())
                    .merge(o.intent(), 1, Integer::sum);
            maxEpochs = Math.max(maxEpochs, e);
        }
        if (!values.containsKey(reference)) {
            throw new ConfigException("reference language '" + reference + "' not found; known: "
                    + String.join(", ", new TreeSet<>(values.keySet())));
        }
        List<String> languages = new ArrayList<>();
        languages.add(reference);
        new TreeSet<>(values.keySet())
                .stream().filter(l -> !l.equals(reference)).forEach(languages::add);
        if (languages.size() < 2) {
            throw new ConfigException("parity needs at least 2 languages; found only '" + reference + "'");
        }
        return new ParityData(List.copyOf(languages), List.copyOf(intents), categoryOf, values, maxEpochs);
    }

    List<String> languages() {
        return languages;
    }

    String reference() {
        return languages.get(0);
    }

    List<String> intents() {
        return intents;
    }

    int maxEpochs() {
        return maxEpochs;
    }

    String category(String intent) {
        return categoryOf.getOrDefault(intent, "");
    }

    List<String> categories() {
        return List.copyOf(new TreeSet<>(categoryOf.values()));
    }

    /** The language's values in (intent, epoch) order. */
    Map<Cell, Integer> values(String language) {
        return values.getOrDefault(language, Map.of());
    }

    /**
     * Pairs (a = language, b = reference, cluster = intent) matched on (intent, epoch), for intents passing the filter.
     */
    List<Pair> pairs(String language, Predicate<String> intentFilter) {
        Map<Cell, Integer> lang = values(language);
        List<Pair> pairs = new ArrayList<>();
        values(reference()).forEach((cell, ref) -> {
            Integer v = lang.get(cell);
            if (v != null && intentFilter.test(cell.intent())) {
                pairs.add(new Pair(v, ref, cell.intent()));
            }
        });
        return pairs;
    }

    /** Per language (rows, in {@link #languages()} order) and intent (columns): {positives, count}. */
    long[][][] perIntentCounts() {
        Map<String, Integer> intentIndex = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            intentIndex.put(intents.get(i), i);
        }
        long[][][] out = new long[languages.size()][intents.size()][2];
        for (int l = 0; l < languages.size(); l++) {
            long[][] row = out[l];
            values(languages.get(l)).forEach((cell, v) -> {
                long[] pc = row[intentIndex.getOrDefault(cell.intent(), 0)];
                pc[0] += v;
                pc[1] += 1;
            });
        }
        return out;
    }

    /** The (intent, epoch) cells observed in every language, in order. */
    List<Cell> completeCells() {
        List<Cell> out = new ArrayList<>();
        for (Cell cell : values(reference()).keySet()) {
            if (languages.stream().allMatch(l -> values(l).containsKey(cell))) {
                out.add(cell);
            }
        }
        return out;
    }
}
