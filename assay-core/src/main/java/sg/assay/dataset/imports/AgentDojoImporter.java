package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.dataset.Row;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;

/**
 * AgentDojo task records ({@code derived_agentdojo_tasks.json}): user tasks (their prompt) and injection tasks (the
 * attacker's goal), per benchmark version and suite. Combined user tasks are built from the prompts of the tasks they
 * combine, joined as AgentDojo joins them. Running them needs the suite's tools and checks, which are not imported.
 */
final class AgentDojoImporter implements Importer {
    private static final Pattern COMPONENT = Pattern.compile("user_tasks\\['user_task_(\\d+)'\\]");

    @Override
    public String name() {
        return "agentdojo";
    }

    @Override
    public String description() {
        return "AgentDojo derived task records JSON (user tasks, injection goals); prompt injection (needs tools)";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> Batch.stem(p).equals("derived_agentdojo_tasks"),
                "derived_agentdojo_tasks.json");
        for (Path file : batch.files()) {
            List<Row> rows = RowReader.jsonArray(file, "");
            Map<String, String> prompts = new HashMap<>();
            for (Row r : rows) {
                if (r.text("kind").equals("user_task") && r.has("prompt")) {
                    prompts.putIfAbsent(
                            r.text("version") + "/" + r.text("suite") + "/" + r.text("task_class"), r.text("prompt"));
                }
            }
            String prefix = batch.prefix(file);
            batch.addAll(rows, row -> List.of(sample(row, prefix, prompts)));
        }
        return batch.finish("MIT", TaskKind.PROMPT_INJECTION);
    }

    private static Sample sample(Row row, String prefix, Map<String, String> prompts) {
        String kind = row.require("kind");
        String suite = row.require("suite");
        String version = row.require("version");
        String text = switch (kind) {
            case "user_task" -> row.require("prompt");
            case "injection_task" -> row.require("goal");
            case "user_task_combined" -> combined(row, version, suite, prompts);
            default ->
                throw row.fail(
                        "kind '" + kind + "' not known; expected user_task, injection_task or " + "user_task_combined");
        };
        String id = prefix + version + "/" + suite + "/" + row.require("task_class");
        Map<String, String> meta = Samples.meta(
                "kind",
                kind,
                "version",
                version,
                "difficulty",
                row.text("difficulty"),
                "comment",
                row.text("comment"),
                "combined_of",
                row.text("combined_of"),
                "ground_truth_output_unresolved",
                row.text("ground_truth_output_unresolved"));
        return Labels.expect(Samples.prompt(id, text, "en", suite, "", meta), row.text("ground_truth_output"));
    }

    private static String combined(Row row, String version, String suite, Map<String, String> prompts) {
        List<String> parts = new ArrayList<>();
        for (var n : row.node("combined_of")) {
            Matcher m = COMPONENT.matcher(n.asText());
            String key = version + "/" + suite + "/UserTask" + (m.find() ? m.group(1) : "?");
            String p = prompts.get(key);
            if (p == null) {
                throw row.fail("combined task part '" + n.asText() + "' not found among " + suite + " user tasks");
            }
            parts.add(p);
        }
        if (parts.isEmpty()) {
            throw row.fail("combined task lists no parts in 'combined_of'");
        }
        return String.join(" ", parts);
    }
}
