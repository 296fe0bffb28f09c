package sg.assay.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import sg.assay.provenance.Digests;
import sg.assay.run.RunStore;
import sg.assay.run.SampleResult;

/**
 * The content digests shown in reports: the run record's (over the RFC 8785 form of its {@link RunView}, without
 * {@code digest}, {@code cost} and {@code judges}) and the samples' (over the ordered digests of its export lines). They are the
 * same values {@code assay sign RUN} puts in a bundle's manifest, so a report can be matched to a signed bundle.
 */
public final class ReportDigests {
    private ReportDigests() {}

    /**
     * The run record as it is digested and bundled: the view's JSON without {@code digest}, {@code cost} and
     * {@code judges} (what a later validation says about the run's judges is not the run's content).
     */
    public static ObjectNode runRecord(RunView v) {
        ObjectNode tree = ReportJson.mapper().valueToTree(v);
        tree.remove("digest");
        tree.remove("cost");
        tree.remove("judges");
        return tree;
    }

    static String run(RunView v) {
        return Digests.json(runRecord(v));
    }

    /** One export line as JSON, exactly as {@code runs export} writes it. */
    public static JsonNode line(SampleResult r) {
        return ReportJson.mapper().valueToTree(ExportLine.of(r));
    }

    public static String line(JsonNode line) {
        return Digests.json(line);
    }

    /** The number of sample lines of a run and the digest over their ordered digests. */
    public record Samples(long count, String digest) {}

    public static Samples samples(RunStore store, String runId) {
        List<String> digests = new ArrayList<>();
        store.forEachResult(runId, r -> digests.add(line(line(r))));
        return new Samples(digests.size(), Digests.sequence(digests));
    }
}
