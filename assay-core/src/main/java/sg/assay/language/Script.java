package sg.assay.language;

import java.lang.Character.UnicodeScript;

/** The writing systems the project's languages are expected in. */
public enum Script {
    LATIN(UnicodeScript.LATIN),
    HAN(UnicodeScript.HAN),
    TAMIL(UnicodeScript.TAMIL),
    THAI(UnicodeScript.THAI);

    private final UnicodeScript unicode;

    Script(UnicodeScript unicode) {
        this.unicode = unicode;
    }

    public UnicodeScript unicode() {
        return unicode;
    }
}
