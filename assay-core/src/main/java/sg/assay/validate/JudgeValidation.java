package sg.assay.validate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.ClassificationScorer;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Sample;
import sg.assay.metric.Reducer;
import sg.assay.run.DatasetRef;
import sg.assay.run.Execution;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;
import sg.assay.score.Scorer;
import sg.assay.score.judge.IdentifiedJudge;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.score.judge.LabelSet;

/**
 * Plans a validation run: the scorer under validation judges the recorded responses of a labelled dataset, and each
 * verdict is compared with the reference label. Only human labels are ground truth by default; template and source
 * labels need to be allowed explicitly, and model labels are refused.
 */
public final class JudgeValidation {
    /** The task name of validation runs. */
    public static final String TASK = "judge-validation";

    private JudgeValidation() {}

    /** What is validated: the scorer, its spec, its identity and its labels. */
    public record Subject(Scorer scorer, Spec spec, JudgeIdentity identity, LabelSet labels, String positive) {}

    /** The samples that can be compared, the label sources they carry and what was left out (reference → count). */
    public record Prepared(List<Sample> samples, Set<LabelSource> groundTruth, Map<String, Long> excluded) {
        public Prepared {
            samples = List.copyOf(samples);
            groundTruth = Set.copyOf(groundTruth);
            excluded = Map.copyOf(excluded);
        }
    }

    /** The subject of a scorer: judges bring their labels and identity; other scorers need labels given. */
    public static Subject subject(Scorer scorer, Spec spec, List<String> labels, String positive) {
        LabelSet set;
        Optional<String> pos;
        JudgeIdentity identity;
        if (scorer instanceof IdentifiedJudge j) {
            set = j.labels();
            pos = j.positive();
            identity = j.identity();
        } else {
            if (labels.size() < 2) {
                throw new ConfigException("scorer " + spec.name() + " is not a judge; give its labels with --labels"
                        + " (e.g. --labels compliance,full-refusal,partial-refusal)");
            }
            set = LabelSet.of(labels, Map.of());
            pos = Optional.empty();
            identity = JudgeIdentity.of(spec.render(), "(none)", 1, "", Map.of());
        }
        if (!labels.isEmpty() && !set.labels().equals(labels)) {
            set = LabelSet.of(labels, Map.of()).withWords(set.words());
        }
        String p = positive.isBlank() ? pos.orElse("") : positive;
        if (scorer instanceof ClassificationScorer) {
            if (set.labels().size() != 2) {
                throw new ConfigException("a classification scorer is validated against two labels, e.g. --labels"
                        + " hateful,non-hateful --positive hateful; got " + set.labels());
            }
            p = p.isEmpty() ? set.labels().getFirst() : p;
            String negative = set.labels().get(p.equals(set.labels().getFirst()) ? 1 : 0);
            set = set.withWords(Map.of("flagged", p, "clear", negative));
        }
        if (!p.isEmpty() && !set.labels().contains(p)) {
            throw new ConfigException("positive label '" + p + "' is not one of " + set.labels());
        }
        return new Subject(scorer, spec, identity, set, p);
    }

    /** Checks who labelled the samples and keeps those with a reference label in the set. */
    public static Prepared prepare(Dataset dataset, Subject subject, ValidationOptions options) {
        List<Sample> selected = new ArrayList<>();
        for (Sample s : dataset.samples()) {
            if (matches(s, options.filters())) {
                selected.add(s);
            }
        }
        Set<LabelSource> sources = sources(dataset.name(), selected, options);
        List<Sample> kept = new ArrayList<>();
        Map<String, Long> excluded = new TreeMap<>();
        for (Sample s : selected) {
            String ref = ValidationScorer.reference(s, subject.labels());
            if (ref.isEmpty()) {
                excluded.merge(s.expected().isBlank() ? "(no label)" : s.expected(), 1L, Long::sum);
            } else if (options.limit() == 0 || kept.size() < options.limit()) {
                kept.add(withSource(s, options.declaredSource()));
            }
        }
        if (kept.isEmpty()) {
            throw new ConfigException("no sample of " + dataset.name() + " has a reference label in "
                    + subject.labels().labels() + "; labels found: " + excluded.keySet());
        }
        return new Prepared(kept, sources, excluded);
    }

    private static Set<LabelSource> sources(String name, List<Sample> samples, ValidationOptions options) {
        Map<LabelSource, Long> counts = new LinkedHashMap<>();
        for (Sample s : samples) {
            String text = s.metadata().getOrDefault(LabelSource.KEY, options.declaredSource());
            if (text.isBlank()) {
                throw new ConfigException("dataset " + name + " does not say who labelled sample " + s.id()
                        + "; say so with --label-source human (or template, source)");
            }
            counts.merge(LabelSource.parse(text), 1L, Long::sum);
        }
        Long model = counts.get(LabelSource.MODEL);
        if (model != null) {
            throw new ConfigException(model + " samples of " + name + " have labels produced by a model"
                    + " (label_source=model), which cannot be ground truth; select human-labelled samples, e.g."
                    + " --filter label_source=human");
        }
        for (LabelSource s : List.of(LabelSource.TEMPLATE, LabelSource.SOURCE)) {
            if (counts.containsKey(s) && !options.allowed().contains(s)) {
                throw new ConfigException(counts.get(s) + " samples of " + name + " have " + s.label() + " labels ("
                        + (s == LabelSource.TEMPLATE ? "the generating template's" : "who produced them is not stated")
                        + "), not human ones; pass --allow-labels " + s.label()
                        + " to validate against them anyway (every table will say so)");
            }
        }
        return counts.isEmpty() ? EnumSet.noneOf(LabelSource.class) : EnumSet.copyOf(counts.keySet());
    }

    private static Sample withSource(Sample s, String declared) {
        if (s.metadata().containsKey(LabelSource.KEY) || declared.isBlank()) {
            return s;
        }
        Map<String, String> meta = new LinkedHashMap<>(s.metadata());
        meta.put(LabelSource.KEY, LabelSource.parse(declared).label());
        return new Sample(s.id(), s.input(), s.expected(), s.language(), s.category(), s.group(), meta);
    }

    static boolean matches(Sample s, Map<String, String> filters) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            Optional<String> v = s.field(f.getKey());
            if (v.isEmpty() || !List.of(f.getValue().split("\\|")).contains(v.get())) {
                return false;
            }
        }
        return true;
    }

    /** The validation run, ready for the engine, of a dataset read without a field mapping. */
    public static Execution plan(
            Dataset dataset,
            String source,
            Subject subject,
            Prepared prepared,
            ValidationOptions options,
            String runId,
            Instant now,
            Provenance provenance) {
        return plan(dataset, new Source(source, Map.of(), ""), subject, prepared, options, runId, now, provenance);
    }

    /**
     * Where the labelled data came from, recorded so the run can be resumed.
     *
     * @param reference the data reference ({@code dataset:<name>} or a file)
     * @param fields the field mapping it was read with
     * @param responseField the field holding the response to judge, or empty (the input itself is judged)
     */
    public record Source(String reference, Map<String, String> fields, String responseField) {
        public Source {
            fields = Map.copyOf(fields);
        }
    }

    /** The validation run, ready for the engine; the run records everything {@link ValidationResume} needs. */
    public static Execution plan(
            Dataset dataset,
            Source source,
            Subject subject,
            Prepared prepared,
            ValidationOptions options,
            String runId,
            Instant now,
            Provenance provenance) {
        Map<String, String> params = new LinkedHashMap<>(subject.identity().asMetadata("judge."));
        params.put("scorer", subject.spec().render());
        params.put("labels", String.join("|", subject.labels().labels()));
        params.put("positive", subject.positive());
        params.put("ground-truth", groundTruth(prepared.groundTruth()));
        params.put("annotators", String.join("|", options.annotators()));
        StringBuilder excluded = new StringBuilder();
        prepared.excluded()
                .forEach((k, v) -> excluded.append(excluded.isEmpty() ? "" : "|")
                        .append(k)
                        .append('=')
                        .append(v));
        params.put("excluded", excluded.toString());
        params.put("response-field", source.responseField());
        params.put("label-source", options.declaredSource());
        params.put(
                "allow-labels",
                String.join(
                        "|",
                        options.allowed().stream()
                                .map(LabelSource::label)
                                .sorted()
                                .toList()));
        params.put("limit", Integer.toString(options.limit()));
        Limits limits = new Limits(
                options.maxConnections(), 0, java.time.Duration.ofMinutes(5), java.time.Duration.ZERO, 0, 0, 0, 1.0);
        RunSpec spec = new RunSpec(
                TASK,
                new DatasetRef(
                        dataset.name(),
                        source.reference(),
                        dataset.digest(),
                        prepared.samples().size(),
                        dataset.licence(),
                        source.fields()),
                List.of(Spec.of(RecordedResponses.SOLVER)),
                List.of(Spec.of(ValidationScorer.NAME, params)),
                Spec.of(RecordedResponses.TARGET),
                1,
                "mean",
                options.seed(),
                false,
                options.filters(),
                limits,
                false,
                provenance);
        RunRecord record = new RunRecord(runId, "", spec, RunStatus.RUNNING, now, now, "", Optional.empty());
        return execution(record, false, subject, prepared, options);
    }

    /** The execution of a new or resumed validation run. */
    static Execution execution(
            RunRecord record, boolean resume, Subject subject, Prepared prepared, ValidationOptions options) {
        Scorer scorer = new ValidationScorer(subject.scorer(), subject.labels(), options.annotators());
        return new Execution(
                record,
                resume,
                prepared.samples(),
                List.of(RecordedResponses.solver()),
                List.of(scorer),
                RecordedResponses.target(),
                Reducer.of(Spec.of("mean")),
                Optional.empty());
    }

    /** The label sources compared against, e.g. {@code human} or {@code human+template}. */
    static String groundTruth(Set<LabelSource> sources) {
        List<String> words = new ArrayList<>();
        for (LabelSource s : LabelSource.values()) {
            if (sources.contains(s)) {
                words.add(s.label());
            }
        }
        return words.isEmpty() ? "human" : String.join("+", words).toLowerCase(Locale.ROOT);
    }
}
