package sg.assay.language;

import java.util.Map;
import sg.assay.ConfigException;

/**
 * How one external dataset writes languages, mapped to BCP 47. Public datasets disagree (in one {@code my} means
 * Malay and {@code tl} Telugu, in another {@code my} is Burmese and {@code tl} Tagalog), so every dataset gets its own
 * map and an unknown code is an error, never a guess.
 */
public record CodeMap(String dataset, Map<String, String> codes) {
    public CodeMap {
        codes = Map.copyOf(codes);
    }

    public String toBcp47(String code) {
        String tag = codes.get(code);
        if (tag == null) {
            throw new ConfigException("language code '" + code + "' is not in the code map of " + dataset + "; known: "
                    + String.join(", ", new java.util.TreeSet<>(codes.keySet())));
        }
        return tag;
    }
}
