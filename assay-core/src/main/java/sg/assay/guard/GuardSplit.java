package sg.assay.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * Which side of the split each intent group is on: training, validation (choosing λ and the threshold) or test
 * (held-out measurement). Whole groups move together, so every language of an intent is on one side. The split is
 * fixed: a group listed in the shipped split file keeps its side; a new group is placed by a SHA-256 hash of its name
 * (70 / 15 / 15), and the suite's intents are stratified by category and kind (two of every eight to test, one to
 * validation).
 */
public final class GuardSplit {
    static final String BUNDLED = "sg/assay/guard/local-guard-split.tsv";
    private static final String SALT = "assay-local-guard-split-v1:";

    /** A side of the split. */
    public enum Side {
        TRAIN,
        VALIDATION,
        TEST;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, Side> sides;

    GuardSplit(Map<String, Side> sides) {
        this.sides = Collections.unmodifiableMap(new TreeMap<>(sides));
    }

    public static GuardSplit empty() {
        return new GuardSplit(Map.of());
    }

    public Map<String, Side> sides() {
        return sides;
    }

    /**
     * The split of these examples: groups already in {@code fixed} keep their side; groups with a stratum (e.g.
     * {@code hate/harmful}) are spread within it; the rest go by hash.
     */
    static GuardSplit assign(List<GuardExample> examples, Map<String, String> strata, GuardSplit fixed) {
        Map<String, Side> out = new LinkedHashMap<>();
        Map<String, List<String>> byStratum = new TreeMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (GuardExample e : examples) {
            String g = e.group();
            if (!seen.add(g)) {
                continue;
            }
            Side known = fixed.sides.get(g);
            if (known != null) {
                out.put(g, known);
            } else if (strata.containsKey(g)) {
                byStratum.computeIfAbsent(strata.get(g), k -> new ArrayList<>()).add(g);
            } else {
                int bucket = Math.floorMod(hash(g), 100);
                out.put(g, bucket < 70 ? Side.TRAIN : bucket < 85 ? Side.VALIDATION : Side.TEST);
            }
        }
        for (List<String> groups : byStratum.values()) {
            groups.sort(Comparator.comparingInt(GuardSplit::hash).thenComparing(Comparator.naturalOrder()));
            int test = Math.max(1, Math.round(groups.size() / 4f));
            int validation = Math.max(1, Math.round(groups.size() / 8f));
            for (int i = 0; i < groups.size(); i++) {
                out.put(groups.get(i), i < test ? Side.TEST : i < test + validation ? Side.VALIDATION : Side.TRAIN);
            }
        }
        return new GuardSplit(out);
    }

    /** The side of a group; a group the split does not know is an error (it was never assigned). */
    public Side side(String group) {
        Side s = sides.get(group);
        if (s == null) {
            throw new AssayException("group '" + group + "' is not in the guard split");
        }
        return s;
    }

    static int hash(String group) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((SALT + group).getBytes(StandardCharsets.UTF_8));
            return ((d[0] & 0xFF) << 24) | ((d[1] & 0xFF) << 16) | ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available", e);
        }
    }

    /** The split as text: a comment line, then {@code group<TAB>side} per line, sorted by group. */
    public String text() {
        StringBuilder sb = new StringBuilder(
                "# local/guard split by intent group: train, validation (lambda, threshold) or test (held out)\n");
        sides.forEach((g, s) -> sb.append(g).append('\t').append(s.label()).append('\n'));
        return sb.toString();
    }

    public String digest() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available", e);
        }
    }

    public static GuardSplit parse(String text, String where) {
        Map<String, Side> sides = new TreeMap<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new ConfigException(where + ":" + n + ": expected group<TAB>side");
            }
            String side = line.substring(tab + 1).strip();
            try {
                sides.put(line.substring(0, tab), Side.valueOf(side.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(
                        where + ":" + n + ": side '" + side + "' not known; expected train, validation or test");
            }
        }
        return new GuardSplit(sides);
    }

    public static GuardSplit read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read guard split " + file + ": " + e.getMessage(), e);
        }
    }

    /** The split shipped with the model, or an empty split when none is bundled yet. */
    public static GuardSplit bundled() {
        try (InputStream in = GuardSplit.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            return in == null ? empty() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new AssayException("cannot read the bundled guard split: " + e.getMessage(), e);
        }
    }
}
