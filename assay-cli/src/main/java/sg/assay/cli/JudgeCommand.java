package sg.assay.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.LabelSource;
import sg.assay.report.ReportJson;
import sg.assay.run.Execution;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.score.Scorer;
import sg.assay.score.judge.Judges;
import sg.assay.score.judge.Rubric;
import sg.assay.score.judge.Rubrics;
import sg.assay.validate.JudgeCorrection;
import sg.assay.validate.JudgeValidation;
import sg.assay.validate.ValidationOptions;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.ValidationResume;

/** {@code assay judge}: validate judges against human labels, correct judged rates, list rubrics. */
@Command(
        name = "judge",
        description = "Validate judges against human labels, correct judged rates, list rubrics.",
        subcommands = {JudgeCommand.Validate.class, JudgeCommand.Correct.class, JudgeCommand.RubricList.class})
final class JudgeCommand {

    /** Builds a scorer from the catalog, or a judge from the judge components when the catalog has none. */
    static Scorer scorer(Wiring wiring, Spec spec) {
        Registry<Scorer> scorers = wiring.catalog().scorers();
        if (scorers.find(spec.name()).isPresent() || !spec.name().startsWith("judge/")) {
            return scorers.create(spec);
        }
        Registry<Scorer> judges = new Registry<>("scorer");
        Judges.components(wiring.catalog().targets()).forEach(judges::register);
        return judges.create(spec);
    }

    static List<String> list(@Nullable String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    @Command(
            name = "validate",
            description = "Run a scorer on labelled data and measure its agreement with the"
                    + " (human) labels; stored as a run.")
    static final class Validate implements Callable<Integer> {
        private final Wiring wiring;

        @Mixin
        CommonOptions common = new CommonOptions();

        @Option(
                names = "--scorer",
                required = true,
                paramLabel = "SPEC",
                description = "the judge or scorer, e.g."
                        + " judge/classify:target=openai/gpt-4o-mini,labels=hateful|non-hateful")
        String scorer = "";

        @Option(
                names = "--data",
                required = true,
                paramLabel = "REF",
                description = "dataset:<name> or a CSV/JSONL" + " file (prompt + response + label, or text + label)")
        String data = "";

        @Option(names = "--by", paramLabel = "DIMS", description = "breakdowns: language, category (comma-separated)")
        @Nullable
        String by;

        @Option(names = "--json", description = "print the validation as JSON")
        boolean json;

        @Option(
                names = "--label-source",
                paramLabel = "WHO",
                description = "who labelled a file that does not say:" + " human, template or source")
        @Nullable
        String labelSource;

        @Option(
                names = "--allow-labels",
                paramLabel = "KINDS",
                description = "also accept template and/or source"
                        + " labels as reference (every table then says so); model labels are never accepted")
        @Nullable
        String allowLabels;

        @Option(
                names = "--labels",
                paramLabel = "LIST",
                description = "the label set of a scorer that is not a"
                        + " judge, e.g. compliance,full-refusal,partial-refusal")
        @Nullable
        String labels;

        @Option(names = "--positive", paramLabel = "LABEL", description = "the positive label (default: the judge's)")
        @Nullable
        String positive;

        @Option(
                names = "--annotators",
                paramLabel = "COLUMNS",
                description = "columns with one annotator's label"
                        + " each (default: annotator_N or count_sentiment_<label>)")
        @Nullable
        String annotators;

        @Option(
                names = "--map",
                paramLabel = "MAPPING",
                description = "field mapping of a file, e.g." + " input=prompt,label=gold")
        @Nullable
        String map;

        @Option(
                names = "--response-field",
                paramLabel = "FIELD",
                description =
                        "the file's column with the response" + " to judge (otherwise the input text itself is judged)")
        @Nullable
        String responseField;

        @Option(names = "--filter", paramLabel = "FIELD=VALUE", description = "select samples (repeatable)")
        List<String> filters = new ArrayList<>();

        @Option(names = "--limit", defaultValue = "0", description = "at most this many samples (0: all)")
        int limit;

        @Option(names = "--seed", defaultValue = "42", description = "seed of the bootstrap (default: 42)")
        long seed;

        @Option(names = "--replicates", defaultValue = "1000", description = "bootstrap replicates (default: 1000)")
        int replicates;

        @Option(names = "--max-connections", defaultValue = "8", description = "concurrent judge requests")
        int maxConnections;

        @Option(
                names = "--objective",
                defaultValue = "youden",
                paramLabel = "OBJ",
                description = "for a scorer with probabilities, how the threshold is chosen on the selection part:"
                        + " youden, f1, recall@X (most specific with recall >= X), precision@X (default: youden)")
        String objective = "youden";

        @Option(
                names = "--selection-share",
                defaultValue = "0.5",
                paramLabel = "SHARE",
                description = "share of clusters (else items) where the threshold is chosen; the rest is held out")
        double selectionShare;

        @Option(
                names = "--html",
                paramLabel = "FILE",
                description = "also write the validation with ROC and PR" + " charts as a self-contained HTML file")
        java.nio.file.@Nullable Path html;

        Validate(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            sg.assay.classify.Threshold.Objective obj = sg.assay.classify.Threshold.Objective.parse(objective);
            new sg.assay.validate.ValidationSplit(seed, selectionShare);
            Spec spec = Spec.parse(scorer);
            Scorer built = scorer(wiring, spec);
            ValidationOptions options = options();
            JudgeValidation.Subject subject =
                    JudgeValidation.subject(built, spec, options.labels(), options.positive());
            Dataset dataset = dataset();
            JudgeValidation.Prepared prepared = JudgeValidation.prepare(dataset, subject, options);
            String id = "val-" + SuiteIds.next(wiring.clock()).replaceFirst("^suite-", "");
            Execution ex = JudgeValidation.plan(
                    dataset,
                    new JudgeValidation.Source(data, fields(), responseField == null ? "" : responseField),
                    subject,
                    prepared,
                    options,
                    id,
                    wiring.clock().instant(),
                    Version.provenance());
            try (RunStore store = wiring.openStore(common.store())) {
                RunRecord run = new RunSession(wiring, store, System.err, !json)
                        .execute(ex)
                        .run();
                return report(store, run, list(by), replicates, json, obj, selectionShare, html);
            }
        }

        private ValidationOptions options() {
            Set<LabelSource> allowed = EnumSet.noneOf(LabelSource.class);
            for (String s : list(allowLabels)) {
                allowed.add(LabelSource.parse(s));
            }
            Map<String, String> f = new LinkedHashMap<>();
            for (String kv : filters) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigException("--filter expects FIELD=VALUE: " + kv);
                }
                f.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
            }
            return new ValidationOptions(
                    labelSource == null ? "" : LabelSource.parse(labelSource).label(),
                    allowed,
                    list(labels),
                    positive == null ? "" : positive,
                    list(annotators),
                    f,
                    limit,
                    seed,
                    maxConnections);
        }

        private Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : list(map)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigException("--map expects field=column pairs: " + pair);
                }
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return fields;
        }

        private Dataset dataset() {
            Dataset d = wiring.resolveDataset(data, java.nio.file.Path.of("."), fields());
            return ValidationResume.withResponses(d, responseField == null ? "" : responseField);
        }
    }

    /** Prints the report of a validation run; 1 (with how to resume) when the run did not complete. */
    static int report(RunStore store, RunRecord run, List<String> by, int replicates, boolean json) {
        return report(
                store, run, by, replicates, json, sg.assay.classify.Threshold.Objective.BALANCED_ACCURACY, 0.5, null);
    }

    static int report(
            RunStore store,
            RunRecord run,
            List<String> by,
            int replicates,
            boolean json,
            sg.assay.classify.Threshold.Objective objective,
            double selectionShare,
            java.nio.file.@org.jspecify.annotations.Nullable Path html) {
        if (run.status() != sg.assay.run.RunStatus.COMPLETED) {
            System.err.println(
                    "error: validation run " + run.id() + " " + run.status().word() + ": " + run.error());
            System.err.println("resume with: assay runs resume " + run.id());
            return 1;
        }
        ValidationReport report = ValidationReport.load(store, run, by, replicates, objective, selectionShare);
        if (html != null) {
            try (java.io.Writer w =
                    java.nio.file.Files.newBufferedWriter(html, java.nio.charset.StandardCharsets.UTF_8)) {
                sg.assay.report.ValidationHtml.write(report, w);
            } catch (java.io.IOException e) {
                throw new ConfigException("cannot write " + html + ": " + e.getMessage());
            }
        }
        if (json) {
            System.out.println(ReportJson.writePretty(JudgeViews.of(report)));
        } else {
            JudgeTables.validation(System.out, report);
        }
        return 0;
    }

    /** {@code assay runs resume} of a validation run: only the samples not yet judged are judged. */
    static int resume(Wiring wiring, RunStore store, RunRecord run, boolean json, boolean progress) {
        RunRecord done = RunSession.nothingLeft(run)
                ? run
                : new RunSession(wiring, store, System.err, progress && !json)
                        .execute(ValidationResume.resume(run, s -> scorer(wiring, s), wiring::resolveDataset))
                        .run();
        return report(store, done, List.of(), 1000, json);
    }

    @Command(
            name = "correct",
            description = "Correct a run's judged rates per language for the judge's measured"
                    + " sensitivity and specificity (Rogan-Gladen).")
    static final class Correct implements Callable<Integer> {
        private final Wiring wiring;

        @Mixin
        CommonOptions common = new CommonOptions();

        @Parameters(index = "0", paramLabel = "RUN", description = "the run whose rates to correct")
        String runId = "";

        @Option(names = "--validation", required = true, paramLabel = "RUN", description = "the judge's validation run")
        String validation = "";

        @Option(
                names = "--scorer",
                required = true,
                paramLabel = "NAME",
                description = "the judge's metric name in" + " the run, e.g. judge/safety")
        String scorer = "";

        @Option(names = "--json", description = "print the correction as JSON")
        boolean json;

        @Option(names = "--seed", defaultValue = "42", description = "bootstrap seed (default: 42)")
        long seed;

        @Option(names = "--replicates", defaultValue = "2000", description = "bootstrap replicates (default: 2000)")
        int replicates;

        Correct(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            try (RunStore store = wiring.openStore(common.store())) {
                RunRecord run = RunsCommand.find(store, runId);
                ValidationReport report =
                        ValidationReport.load(store, RunsCommand.find(store, validation), List.of("language"), 500);
                JudgeCorrection c = JudgeCorrection.of(store, run, scorer, report, seed, replicates);
                if (json) {
                    System.out.println(ReportJson.writePretty(sg.assay.report.JudgeErrorView.of(c)));
                } else {
                    JudgeTables.correction(System.out, c);
                }
                return 0;
            }
        }
    }

    @Command(name = "rubrics", description = "List the bundled judge rubrics.")
    static final class RubricList implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Rubric r : Rubrics.bundled()) {
                System.out.println(String.format(
                        java.util.Locale.ROOT,
                        "%-20s v%-3d %-13s %s  %s",
                        r.id(),
                        r.version(),
                        r.kind(),
                        r.digest().substring(0, 19),
                        r.description()));
            }
            return 0;
        }
    }
}
