package sg.assay.language;

import java.util.Arrays;
import java.util.Locale;
import sg.assay.ConfigException;

/** How an item is written: standard language, colloquial (e.g. Singlish), or code-mixed (Manglish, Taglish). */
public enum Register {
    STANDARD("standard"),
    COLLOQUIAL("colloquial"),
    CODE_MIXED("code-mixed");

    private final String label;

    Register(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Register parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new ConfigException(
                        "register '" + text + "' is not known; expected standard, colloquial or code-mixed"));
    }
}
