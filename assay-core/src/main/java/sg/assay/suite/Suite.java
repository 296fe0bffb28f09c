package sg.assay.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.language.AllowList;
import sg.assay.message.Message;

/**
 * A loaded suite: its intents in index order, the digest of the files they came from, and the reviewed exceptions to
 * its language checks.
 */
public record Suite(String name, String digest, List<Intent> intents, AllowList exceptions) {
    static final String LICENCE = "authored by the Assay project (see the repository licence)";

    public Suite {
        intents = List.copyOf(intents);
    }

    /**
     * The suite as a dataset: one sample per realisation, id {@code <intent>-<tag>}, group the intent id (so
     * statistics cluster by intent), and the intent's facts as metadata.
     */
    public Dataset toDataset() {
        List<Sample> samples = new ArrayList<>();
        for (Intent intent : intents) {
            for (IntentItem item : intent.items()) {
                Map<String, String> meta = Map.of(
                        "kind", intent.kind(),
                        "register", item.register(),
                        "intent", intent.id(),
                        "gloss", intent.gloss(),
                        "safe_behaviour", intent.safeBehaviour(),
                        "produced_by", intent.producedBy(),
                        "review", intent.review(),
                        "heldout", Boolean.toString(intent.heldout()));
                samples.add(new Sample(
                        intent.itemId(item),
                        List.of(Message.user(item.text())),
                        intent.expected(),
                        item.tag(),
                        intent.category(),
                        intent.id(),
                        meta));
            }
        }
        return new Dataset(name, digest, LICENCE, samples);
    }
}
