package sg.assay.dataset;

import java.util.Map;
import java.util.regex.Pattern;
import sg.assay.ConfigException;
import sg.assay.language.CodeMap;

/**
 * How a source's language values become BCP 47 tags: through the source's {@link CodeMap} when it has entries,
 * otherwise taken as written when they already look like BCP 47 tags. A blank value gives the fallback.
 */
public record LanguageMapping(CodeMap codes, String fallback) {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public LanguageMapping {
        if (!fallback.equals("und") && !TAG.matcher(fallback).matches()) {
            throw new ConfigException("default language '" + fallback + "' is not a BCP 47 tag, e.g. en, ms, zh-Hans");
        }
    }

    /** No code map; values must already be BCP 47 tags; unknown when absent. */
    public static LanguageMapping bcp47() {
        return new LanguageMapping(new CodeMap("this dataset", Map.of()), "und");
    }

    public static LanguageMapping constant(String tag) {
        return new LanguageMapping(new CodeMap("this dataset", Map.of()), tag);
    }

    public LanguageMapping withFallback(String tag) {
        return new LanguageMapping(codes, tag);
    }

    public String resolve(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return fallback;
        }
        if (!codes.codes().isEmpty()) {
            return codes.toBcp47(v);
        }
        if (!TAG.matcher(v).matches()) {
            throw new ConfigException("language '" + v + "' is not a BCP 47 tag; give a code map (e.g. "
                    + "--language-code " + v + "=en-SG)");
        }
        return v;
    }
}
