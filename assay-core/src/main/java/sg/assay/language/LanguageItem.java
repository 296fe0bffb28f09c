package sg.assay.language;

/** One text to check: its id (for reports), its tagged language and register, and the text itself. */
public record LanguageItem(String id, Language language, Register register, String text) {}
