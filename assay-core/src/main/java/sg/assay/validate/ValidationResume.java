package sg.assay.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.run.DatasetRef;
import sg.assay.run.Execution;
import sg.assay.run.RunRecord;
import sg.assay.score.Scorer;
import sg.assay.task.DatasetResolver;

/**
 * Rebuilds a stored validation run for resume: the same scorer, data, options and selected samples, from what the run
 * recorded (its scorer's parameters and dataset reference). The engine then runs only the samples not yet stored, so
 * no sample is judged twice and none is lost. A changed dataset or judge (another identity) is refused.
 */
public final class ValidationResume {
    private ValidationResume() {}

    /** The dataset with each sample's {@code field} appended as the response to judge; unchanged when blank. */
    public static Dataset withResponses(Dataset d, String field) {
        if (field.isBlank()) {
            return d;
        }
        List<Sample> out = new ArrayList<>();
        for (Sample s : d.samples()) {
            String response = s.metadata().get(field);
            if (response == null) {
                throw new ConfigException("sample " + s.id() + " has no field '" + field + "'");
            }
            List<Message> input = new ArrayList<>(s.input());
            input.add(Message.assistant(response));
            out.add(s.withInput(input));
        }
        return new Dataset(d.name(), d.digest(), d.licence(), out);
    }

    /** The execution that finishes the validation run {@code run}. */
    public static Execution resume(RunRecord run, Function<Spec, Scorer> scorers, DatasetResolver datasets) {
        if (!run.spec().task().equals(JudgeValidation.TASK)) {
            throw new ConfigException("run " + run.id() + " is not a judge validation run: "
                    + run.spec().task());
        }
        Map<String, String> p = run.spec().scorers().getFirst().params();
        if (!p.containsKey("scorer") || !p.containsKey("limit")) {
            throw new ConfigException("validation run " + run.id() + " does not record what a resume needs (made by an"
                    + " older Assay); run assay judge validate again");
        }
        Spec spec = Spec.parse(p.get("scorer"));
        ValidationOptions options = new ValidationOptions(
                p.getOrDefault("label-source", ""),
                allowed(p.getOrDefault("allow-labels", "")),
                split(p.getOrDefault("labels", "")),
                p.getOrDefault("positive", ""),
                split(p.getOrDefault("annotators", "")),
                run.spec().filters(),
                Integer.parseInt(p.get("limit")),
                run.spec().seed(),
                run.spec().limits().maxConnections());
        JudgeValidation.Subject subject =
                JudgeValidation.subject(scorers.apply(spec), spec, options.labels(), options.positive());
        String was = p.getOrDefault("judge.identity", "");
        if (!subject.identity().digest().equals(was)) {
            throw new ConfigException("the judge of validation run " + run.id() + " changed since (identity " + was
                    + ", now " + subject.identity().digest() + "); cannot resume, run assay judge validate again");
        }
        DatasetRef ref = run.spec().dataset();
        Dataset dataset = withResponses(
                datasets.resolve(ref.source(), Path.of("."), ref.fields()), p.getOrDefault("response-field", ""));
        if (!dataset.digest().equals(ref.digest())) {
            throw new ConfigException("dataset " + ref.source() + " changed since run " + run.id() + " (digest "
                    + dataset.digest() + ", run used " + ref.digest() + "); cannot resume");
        }
        JudgeValidation.Prepared prepared = JudgeValidation.prepare(dataset, subject, options);
        if (prepared.samples().size() != ref.samples()) {
            throw new ConfigException("validation run " + run.id() + " selected " + ref.samples() + " samples but "
                    + prepared.samples().size() + " are selected now; cannot resume");
        }
        return JudgeValidation.execution(run, true, subject, prepared, options);
    }

    private static List<String> split(String text) {
        return text.isBlank() ? List.of() : List.of(text.split("\\|"));
    }

    private static Set<LabelSource> allowed(String text) {
        Set<LabelSource> out = EnumSet.noneOf(LabelSource.class);
        split(text).forEach(s -> out.add(LabelSource.parse(s)));
        return out;
    }
}
