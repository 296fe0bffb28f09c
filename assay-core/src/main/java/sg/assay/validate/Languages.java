package sg.assay.validate;

import java.util.Locale;
import sg.assay.language.Language;

/** English names of languages for citations: {@code ms} is Malay. */
final class Languages {
    private Languages() {}

    static String name(String tag) {
        return Language.find(tag).map(Language::displayName).orElseGet(() -> {
            String n = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
            return n.isBlank() ? tag : n;
        });
    }
}
