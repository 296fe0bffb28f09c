package sg.assay.dataset.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;

/**
 * SGToxicGuard: JSON Lines of bare strings (whole prompts, no ids or labels). The task and language come from the
 * file name {@code task<N>[_<group>]_<lang>.jsonl}; {@code ss} is Singlish.
 */
final class SgToxicGuardImporter implements Importer {
    static final CodeMap CODES = new CodeMap("sgtoxicguard", Map.of("en", "en", "ss", "en-SG", "zh", "zh-Hans"));
    private static final Pattern FILE = Pattern.compile("task([123])(?:_([a-z]+))?_([a-z]+)");

    @Override
    public String name() {
        return "sgtoxicguard";
    }

    @Override
    public String description() {
        return "SGToxicGuard task*_<lang>.jsonl (bare prompt strings): toxic conversation, QA bias, tweets; "
                + "prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> FILE.matcher(Batch.stem(p)).matches()
                        && CODES.codes().containsKey(FILE.matcher(Batch.stem(p)).replaceAll("$3")),
                "task1_ss.jsonl");
        for (Path file : batch.files()) {
            Matcher m = FILE.matcher(Batch.stem(file));
            if (!m.matches()) {
                continue;
            }
            String task = switch (m.group(1)) {
                case "1" -> "toxic-conversation";
                case "2" -> "toxic-qa";
                default -> "toxic-tweet";
            };
            String group = m.group(2) == null ? "" : m.group(2);
            String language = CODES.toBcp47(m.group(3));
            String prefix = batch.prefix(file);
            batch.addAll(RowReader.jsonl(file, StandardCharsets.UTF_8), row -> {
                if (!row.node("value").isTextual()) {
                    throw row.fail("expected a JSON string (the prompt), found " + row.fieldNames());
                }
                return List.of(Samples.prompt(
                        prefix + row.line(),
                        row.text("value"),
                        language,
                        task,
                        "",
                        Samples.meta("task", "task" + m.group(1), "qa_group", group, "kind", "harmful")));
            });
        }
        return batch.finish("none stated; README: released for research purposes only", TaskKind.PROMPT_SAFETY);
    }
}
