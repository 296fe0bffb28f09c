package sg.assay.language;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import sg.assay.ConfigException;

/**
 * The nine languages the project measures, each with its BCP 47 tag, display name, expected script and the language
 * an identifier should report for it. Singlish is {@code en-SG} in the colloquial register; Manglish is {@code ms} and
 * Taglish {@code fil}, both in the code-mixed register.
 */
public enum Language {
    EN("en", "English", Script.LATIN, "en"),
    EN_SG("en-SG", "Singlish (colloquial Singapore English)", Script.LATIN, "en"),
    MS("ms", "Malay", Script.LATIN, "ms"),
    ZH_HANS("zh-Hans", "Mandarin (Simplified Chinese)", Script.HAN, "zh"),
    TA("ta", "Tamil", Script.TAMIL, "ta"),
    ID("id", "Indonesian", Script.LATIN, "id"),
    TH("th", "Thai", Script.THAI, "th"),
    VI("vi", "Vietnamese", Script.LATIN, "vi"),
    FIL("fil", "Filipino", Script.LATIN, "fil");

    private final String tag;
    private final String displayName;
    private final Script script;
    private final String identifiedAs;

    Language(String tag, String displayName, Script script, String identifiedAs) {
        this.tag = tag;
        this.displayName = displayName;
        this.script = script;
        this.identifiedAs = identifiedAs;
    }

    /** The canonical BCP 47 tag, e.g. {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    public String displayName() {
        return displayName;
    }

    /** The script items in this language are written in. */
    public Script script() {
        return script;
    }

    /**
     * The code a language identifier reports for text in this language: {@code en} for Singlish, {@code zh} for
     * Simplified Chinese (identifiers do not tell Simplified from Traditional), otherwise the tag itself.
     */
    public String identifiedAs() {
        return identifiedAs;
    }

    public static List<Language> all() {
        return List.of(values());
    }

    /** The language a tag names, after normalising its case and separators; empty for a language not in the set. */
    public static Optional<Language> find(String tag) {
        String normal = LanguageTag.normalise(tag);
        return Arrays.stream(values()).filter(l -> l.tag.equals(normal)).findFirst();
    }

    /** The language a tag names; a malformed tag or one outside the nine is a user error. */
    public static Language of(String tag) {
        return find(tag)
                .orElseThrow(() -> new ConfigException("language '" + tag
                        + "' is not one of the suite languages; known: "
                        + String.join(", ", all().stream().map(Language::tag).toList())));
    }
}
