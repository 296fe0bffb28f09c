package sg.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import sg.assay.Spec;
import sg.assay.StoreException;
import sg.assay.dataset.DatasetInfo;
import sg.assay.dataset.DatasetLibrary;
import sg.assay.dataset.TaskKind;
import sg.assay.probe.generate.CaseGenerator;
import sg.assay.probe.generate.GeneratedCases;
import sg.assay.probe.generate.Purpose;
import sg.assay.report.ReportJson;
import sg.assay.target.Target;

/**
 * {@code assay redteam generate}: an attacker model writes test cases aimed at an application's stated purpose and
 * policy, in each language; they are deduplicated and stored as a dataset with a task file to rerun them.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate targeted test cases from an application's purpose YAML with an attacker model.")
public final class RedteamGenerateCommand implements Callable<Integer> {
    private final Wiring wiring;

    @picocli.CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(names = "--purpose", required = true, paramLabel = "FILE", description = "the application's purpose YAML")
    Path purpose = Path.of("app.yaml");

    @Option(names = "--attacker", required = true, paramLabel = "SPEC", description = "the attacker target")
    String attacker = "";

    @Option(names = "--per-language", defaultValue = "5", description = "test cases per language (default: 5)")
    int perLanguage;

    @Option(names = "--name", required = true, description = "dataset name (use it as dataset:NAME)")
    String name = "";

    @Option(names = "--max-rounds", defaultValue = "3", description = "attacker calls per language at most")
    int maxRounds;

    @Option(names = "--similarity", defaultValue = "0.8", description = "near-duplicate threshold (trigram Jaccard)")
    double similarity;

    @Option(names = "--replace", description = "replace a dataset of the same name")
    boolean replace;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    /** What {@code --json} prints (schema: docs/schemas/redteam-generate.schema.json). */
    record Result(
            String dataset,
            String reference,
            int samples,
            Map<String, Integer> perLanguage,
            int duplicates,
            int unusableAnswers,
            int requests,
            String attacker,
            String digest,
            String taskFile) {}

    public RedteamGenerateCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        DatasetLibrary.checkName(name);
        if (!replace && wiring.library().find(name).isPresent()) {
            throw new sg.assay.ConfigException("dataset '" + name + "' already exists in "
                    + wiring.library().dir() + "; choose another --name or add --replace");
        }
        Purpose app = Purpose.load(purpose);
        GeneratedCases cases;
        try (Target t = wiring.catalog().targets().create(Spec.parse(attacker))) {
            cases = new CaseGenerator(t, maxRounds, similarity).generate(app, perLanguage, name);
        }
        DatasetLibrary library = wiring.library();
        DatasetInfo info = DatasetInfo.describe(
                cases.dataset(),
                "redteam-generate",
                purpose.toAbsolutePath().toString(),
                cases.dataset().size(),
                0,
                TaskKind.PROMPT_SAFETY,
                wiring.clock().instant());
        library.save(cases.dataset(), info, replace);
        Path task = writeTask(library.dir().resolve(name).resolve("task.yaml"), app);
        Result r = new Result(
                name,
                DatasetLibrary.PREFIX + name,
                cases.dataset().size(),
                cases.perLanguage(),
                cases.duplicates(),
                cases.unusableAnswers(),
                cases.requests(),
                attacker,
                info.digest(),
                task.toString());
        print(r);
        return 0;
    }

    private Path writeTask(Path file, Purpose app) {
        String yaml = "name: " + name + "\n"
                + "description: \"Red-team cases generated for " + app.name().replace("\"", "'") + " by " + attacker
                + "; 1 = the application engaged instead of refusing (review with a judge).\"\n"
                + "dataset: " + DatasetLibrary.PREFIX + name + "\n"
                + "solvers: [generate]\n"
                + "scorers: [non-refusal]\n";
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private void print(Result r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportJson.writePretty(r));
        } else {
            out.printf(
                    "generated %d test cases as %s (%d requests to %s)%n",
                    r.samples(), r.reference(), r.requests(), r.attacker());
            out.printf("  per language:  %s%n", r.perLanguage());
            out.printf(
                    "  duplicates dropped: %d; unusable attacker answers: %d%n", r.duplicates(), r.unusableAnswers());
            out.printf(
                    "  review:  assay datasets show %s --sample 1   (edit %s)%n",
                    r.dataset(), wiring.library().dir().resolve(r.dataset()).resolve("samples.jsonl"));
            out.printf("  rerun:   assay run %s --target <your app>%n", r.taskFile());
            if (r.attacker().startsWith("mock/")) {
                out.println("  (mock attacker: demo cases, not a real generation)");
            }
        }
        out.flush();
    }
}
