package sg.assay.language;

/**
 * A check an item failed.
 *
 * @param itemId the item's id
 * @param check the check's name: {@code script}, {@code simplified}, {@code diacritics}, {@code vocabulary} or
 *     {@code identification}
 * @param message what is wrong, in one line, with the measured values (never the item's full text)
 */
public record LanguageProblem(String itemId, String check, String message) {}
