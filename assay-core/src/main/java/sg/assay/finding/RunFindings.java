package sg.assay.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import sg.assay.run.Demo;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.score.Score;

/**
 * Turns a run's results into findings: every completed sample on which a probe scorer (or a strategy's scorer) named
 * in the {@link TagCatalog} scored 1 becomes one finding, with that sample's transcript as the reproduction.
 *
 * <p>A red-team attack's success score names the strategy in the sample's metadata ({@value #STRATEGY_KEY}): its
 * finding is sourced to that strategy ({@code strategy:pair}), with the strategy's title, severity and tags.
 */
public final class RunFindings {
    /** The sample metadata key an attack solver writes its strategy under. */
    public static final String STRATEGY_KEY = "redteam.strategy";

    private final TagCatalog catalog;

    public RunFindings(TagCatalog catalog) {
        this.catalog = catalog;
    }

    /** The findings of one stored run. */
    public List<Finding> of(RunStore store, RunRecord run) {
        List<Finding> out = new ArrayList<>();
        store.forEachResult(run.id(), r -> out.addAll(of(run, r)));
        return out;
    }

    /** The findings in one sample result. */
    public List<Finding> of(RunRecord run, SampleResult result) {
        if (!(result.outcome() instanceof SampleOutcome.Completed)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        boolean demo = !Demo.reasons(run.spec()).isEmpty();
        for (Score s : result.scores()) {
            Optional<TagCatalog.SourceDefaults> src = source(s.scorer(), result);
            if (src.isPresent() && s.value() >= 1.0) {
                out.add(new Finding(
                        id(run.id(), result.sampleId(), result.epoch(), s.scorer()),
                        src.get().title(),
                        src.get().severity(),
                        new Finding.Source(src.get().kind(), src.get().name()),
                        run.spec().target().render(),
                        demo,
                        run.id(),
                        result.sampleId(),
                        result.language(),
                        s.explanation(),
                        src.get().tags(),
                        result.transcript(),
                        result.timings().started()));
            }
        }
        return out;
    }

    /** The scorer's defaults, or the strategy's when the sample was an attack whose strategy the catalogue knows. */
    private Optional<TagCatalog.SourceDefaults> source(String scorer, SampleResult result) {
        Optional<TagCatalog.SourceDefaults> own = catalog.source(scorer);
        String strategy = result.metadata().getOrDefault(STRATEGY_KEY, "");
        if (own.isPresent() && own.get().kind().equals("strategy") && !strategy.isEmpty()) {
            Optional<TagCatalog.SourceDefaults> named =
                    catalog.source(strategy).filter(d -> d.kind().equals("strategy"));
            if (named.isPresent()) {
                return named;
            }
        }
        return own;
    }

    static String id(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("/", parts).getBytes(StandardCharsets.UTF_8));
            return "F-" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String runId, String sampleId, int epoch, String scorer) {
        return id(runId, sampleId, String.valueOf(epoch), scorer);
    }
}
