package sg.assay.language;

import java.util.IllformedLocaleException;
import java.util.Locale;
import sg.assay.ConfigException;

/** Checks and normalises BCP 47 language tags. */
public final class LanguageTag {
    private LanguageTag() {}

    /**
     * The canonical form of a well-formed BCP 47 tag: language lower case, script title case, region upper case,
     * underscores read as hyphens ({@code ZH_hans} becomes {@code zh-Hans}, {@code en-sg} becomes {@code en-SG}). A
     * malformed tag is a user error. Aliases are not resolved: {@code tl} stays {@code tl} (see {@link CodeMap}).
     */
    public static String normalise(String tag) {
        String trimmed = tag.strip().replace('_', '-');
        if (trimmed.isEmpty()) {
            throw new ConfigException("language tag must not be blank; expected a BCP 47 tag such as en-SG");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(trimmed).build();
            String normal = locale.toLanguageTag();
            if (normal.equals("und") && !trimmed.equalsIgnoreCase("und")) {
                throw new ConfigException("language tag '" + tag + "' is not well-formed BCP 47; expected e.g. en-SG");
            }
            return normal;
        } catch (IllformedLocaleException e) {
            throw new ConfigException("language tag '" + tag + "' is not well-formed BCP 47; expected e.g. en-SG", e);
        }
    }

    /** Whether a tag is well-formed BCP 47. */
    public static boolean isWellFormed(String tag) {
        try {
            normalise(tag);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}
