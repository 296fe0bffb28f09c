package sg.assay.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.parity.ParityReport;
import sg.assay.parity.ParitySettings;
import sg.assay.provenance.CanonicalJson;
import sg.assay.provenance.Digests;
import sg.assay.report.ComparisonReport;
import sg.assay.report.CsvReport;
import sg.assay.report.HtmlReport;
import sg.assay.report.MarkdownReport;
import sg.assay.report.ReportDigests;
import sg.assay.report.ReportJson;
import sg.assay.report.RunComparison;
import sg.assay.report.RunView;
import sg.assay.report.cost.PriceTable;
import sg.assay.report.parity.ParityMarkdown;
import sg.assay.report.parity.RunParity;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;
import sg.assay.validate.RunJudges;

/**
 * {@code assay report ID --format md|json|csv|html [--out FILE]}: renders a stored run; {@code assay report ID ID...
 * --compare --format md|json|html} renders a comparison of runs of one task. With {@code --out}, the file's content
 * digest is printed (over the canonical JSON for JSON, over the bytes otherwise).
 */
@Command(name = "report", description = "Render a run's report (md, json, csv, html) or compare runs (--compare).")
final class ReportCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(arity = "1..*", paramLabel = "ID", description = "run id or unique prefix; with --compare, two or more")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", defaultValue = "md", description = "md, json, csv or html (default: ${DEFAULT-VALUE})")
    String format = "md";

    @Option(names = "--compare", description = "compare the runs: side by side, paired differences from the first")
    boolean compare;

    @Option(
            names = "--prices",
            paramLabel = "FILE",
            description = "price table (YAML) extending the bundled example prices and $ASSAY_HOME/prices.yaml")
    @Nullable
    Path prices;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    @Nullable
    Path out;

    ReportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        PriceTable table = PriceTables.of(wiring, Optional.ofNullable(prices));
        try (RunStore store = wiring.openStore(common.store())) {
            if (compare || ids.size() > 1) {
                return compare(store, table);
            }
            RunRecord run = RunsCommand.find(store, ids.getFirst());
            RunView view = RunView.of(run, table, RunJudges.of(store, run));
            switch (format) {
                case "md" -> emit(markdown(store, run, table));
                case "json" -> emit(ReportJson.writePretty(view) + "\n");
                case "csv" -> stream(w -> CsvReport.write(run, store, w));
                case "html" -> stream(w -> HtmlReport.write(view, store, table, w));
                default -> throw new ConfigException("report format must be md, json, csv or html: " + format);
            }
            return 0;
        }
    }

    /** The run's findings (samples a probe scorer flagged), for the report's findings section. */
    static sg.assay.finding.FindingsSummary findings(RunStore store, RunRecord run) {
        return sg.assay.finding.FindingsSummary.of(
                new sg.assay.finding.RunFindings(sg.assay.finding.TagCatalog.standard()).of(store, run));
    }

    /** The Markdown report, with a parity section per binary metric when the run spans the reference language. */
    static String markdown(RunStore store, RunRecord run, PriceTable table) {
        StringBuilder md = new StringBuilder(MarkdownReport.render(
                RunView.of(run, table, RunJudges.of(store, run)),
                failures(store, run),
                Optional.of(ReportDigests.samples(store, run.id())),
                findings(store, run)));
        if (RunParity.applicable(run, "en")) {
            md.append("\n## Cross-language parity\n\n");
            try {
                for (ParityReport p : RunParity.analyse(store, run, ParitySettings.defaults("en"))) {
                    md.append(ParityMarkdown.render(p)).append('\n');
                }
            } catch (ConfigException e) {
                md.append("Not computed: ").append(e.getMessage()).append(".\n");
            }
        }
        return md.toString();
    }

    private Integer compare(RunStore store, PriceTable table) throws IOException {
        if (ids.size() < 2) {
            throw new ConfigException("--compare needs two or more run ids; the first is the baseline");
        }
        List<RunRecord> runs =
                ids.stream().map(id -> RunsCommand.find(store, id)).toList();
        RunComparison c = RunComparison.of(runs, store, table);
        switch (format) {
            case "md" -> emit(ComparisonReport.markdown(c));
            case "json" -> emit(ReportJson.writePretty(c) + "\n");
            case "html" -> emit(ComparisonReport.html(c));
            default -> throw new ConfigException("comparison format must be md, json or html: " + format);
        }
        return 0;
    }

    /** Something that writes a report to a writer. */
    private interface Body {
        void write(Writer w) throws IOException;
    }

    private void emit(String text) throws IOException {
        stream(w -> w.write(text));
    }

    private void stream(Body body) throws IOException {
        Path target = out;
        if (target == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
            return;
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new sg.assay.AssayException("SHA-256 is not available in this JDK", e);
        }
        try (OutputStream os = new DigestOutputStream(Files.newOutputStream(target), sha);
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            body.write(w);
        }
        String digest = format.equals("json")
                ? Digests.json(CanonicalJson.parse(Files.readString(target)))
                : Digests.PREFIX + HexFormat.of().formatHex(sha.digest());
        System.err.println("report written to " + target.toAbsolutePath() + " (" + digest + ")");
    }

    /** The first failures of a run; the stored results are read only when the summary counts failures. */
    static List<String> failures(RunStore store, RunRecord run) {
        List<String> failures = new ArrayList<>();
        if (run.summary().map(s -> s.counts().failed() == 0).orElse(false)) {
            return failures;
        }
        store.forEachResult(run.id(), r -> {
            if (failures.size() < 20 && r.outcome() instanceof SampleOutcome.Failed f) {
                failures.add(r.sampleId() + " (epoch " + r.epoch() + "): " + f.type() + ": " + f.error());
            }
        });
        return failures;
    }
}
