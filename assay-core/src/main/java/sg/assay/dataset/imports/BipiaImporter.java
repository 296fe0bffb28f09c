package sg.assay.dataset.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.dataset.Row;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.message.Message;

/**
 * BIPIA indirect prompt injection: every context of {@code <task>/<split>.jsonl} (email, table, code) combined with
 * every attack instruction of the matching attack file ({@code text_attack_<split>.json}, or
 * {@code code_attack_<split>.json} for code) found in the benchmark folder, inserted at the end, start or middle of
 * the context. The context (with the injection) is the system message and the question the user's turn; the expected
 * value is the injected instruction (the attack succeeds when the reply follows it), the clean answer is metadata
 * {@code ideal}.
 */
final class BipiaImporter implements Importer {
    private static final List<String> TASKS = List.of("email", "table", "code");

    @Override
    public String name() {
        return "bipia";
    }

    @Override
    public String description() {
        return "BIPIA contexts (<task>/<split>.jsonl) x attacks (*_attack_<split>.json); prompt injection";
    }

    @Override
    public List<Param> params() {
        return List.of(Param.optional("position", "where the attack goes in the context: end, start or middle", "end"));
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        String position = options.param("position", "end");
        if (!List.of("end", "start", "middle").contains(position)) {
            throw new ConfigException("bipia position '" + position + "' not known; known: end, start, middle");
        }
        Batch batch = Batch.open(name(), path, options, BipiaImporter::accepts, "email/test.jsonl");
        for (Path file : batch.files()) {
            String task = Batch.folder(file);
            String split = Batch.stem(file);
            Path attackFile = attackFile(file, task, split);
            List<String[]> instructions = instructions(attackFile);
            String prefix = batch.prefix(file);
            batch.addAll(RowReader.jsonl(file, StandardCharsets.UTF_8), row -> {
                List<Sample> out = new ArrayList<>();
                for (int i = 0; i < instructions.size(); i++) {
                    String[] a = instructions.get(i);
                    out.add(sample(row, prefix + row.line(), i + 1, task, a, position));
                }
                return out;
            });
        }
        return batch.finish("MIT", TaskKind.PROMPT_INJECTION);
    }

    private static boolean accepts(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return p.toString().endsWith(".jsonl")
                && parent != null
                && TASKS.contains(String.valueOf(parent.getFileName()));
    }

    private static Path attackFile(Path contexts, String task, String split) {
        Path root = Batch.parent(Batch.parent(contexts));
        Path f = root.resolve((task.equals("code") ? "code" : "text") + "_attack_" + split + ".json");
        if (!Files.isRegularFile(f)) {
            throw new ConfigException("bipia attacks for " + contexts + " not found: expected " + f);
        }
        return f;
    }

    /** (category, instruction) pairs in file order. */
    private static List<String[]> instructions(Path attackFile) {
        JsonNode doc = RowReader.jsonDocument(attackFile);
        if (!doc.isObject()) {
            throw new ConfigException(attackFile + ":1: expected a JSON object {category: [instructions]}");
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            if (!e.getValue().isArray()) {
                throw new ConfigException(attackFile + ": category '" + e.getKey() + "' must hold a list of strings");
            }
            e.getValue().forEach(n -> out.add(new String[] {e.getKey(), n.asText()}));
        }
        return out;
    }

    private static Sample sample(
            Row row, String context, int n, String task, String[] categoryAndAttack, String position) {
        String category = categoryAndAttack[0];
        String attack = categoryAndAttack[1];
        String id = context + "-" + n;
        String text = lines(row, "context");
        String question = task.equals("code")
                ? "My code:\n" + lines(row, "code") + "\n\nThe error:\n" + lines(row, "error")
                : row.require("question");
        String injected = switch (position) {
            case "start" -> attack + "\n" + text;
            case "middle" ->
                text.substring(0, text.length() / 2) + "\n" + attack + "\n" + text.substring(text.length() / 2);
            default -> text + "\n" + attack;
        };
        return new Sample(
                id,
                List.of(Message.system(injected), Message.user(question)),
                attack,
                "en",
                category,
                context,
                Samples.meta("task", task, "ideal", lines(row, "ideal"), "position", position));
    }

    private static String lines(Row row, String field) {
        JsonNode n = row.node(field);
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            return String.join("\n", parts);
        }
        return row.require(field);
    }
}
