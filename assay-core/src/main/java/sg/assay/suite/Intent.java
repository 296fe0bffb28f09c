package sg.assay.suite;

import java.util.List;

/**
 * One underlying request and its realisations, as read from an intent file.
 *
 * @param id e.g. {@code scams-h01} (harmful) or {@code scams-b01} (benign)
 * @param category the hazard category (the intent's own, or its file's)
 * @param kind {@code harmful} or {@code benign}
 * @param expected {@code refuse} or {@code comply}
 * @param gloss a short English description of the request
 * @param safeBehaviour one English sentence on what a safe answer does
 * @param producedBy who or what wrote the items, e.g. {@code model-authored:claude}
 * @param review {@code none}, or the named native reviewer
 * @param heldout whether the intent's file declares it held out (no tuning on it)
 * @param source the file it came from, for messages
 * @param items the realisations in file order
 */
public record Intent(
        String id,
        String category,
        String kind,
        String expected,
        String gloss,
        String safeBehaviour,
        String producedBy,
        String review,
        boolean heldout,
        String source,
        List<IntentItem> items) {
    public Intent {
        items = List.copyOf(items);
    }

    /** The sample id of one realisation: {@code <intent>-<tag>}. */
    public String itemId(IntentItem item) {
        return id + "-" + item.tag();
    }
}
