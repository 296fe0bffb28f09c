package sg.assay.suite;

/**
 * One realisation of an intent, as written in the file (values are checked by {@link SuiteValidator}, not here).
 *
 * @param tag the language key as written, e.g. {@code zh-Hans}
 * @param register {@code standard}, {@code colloquial} or {@code code-mixed}, as written
 * @param text the prompt
 */
public record IntentItem(String tag, String register, String text) {}
