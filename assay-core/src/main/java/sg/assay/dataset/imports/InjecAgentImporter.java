package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.dataset.Row;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;

/**
 * InjecAgent test cases ({@code test_cases_{dh,ds}_{base,enhanced}.json}) as agent transcripts: the user's
 * instruction, the agent's call of the user tool, and the tool's response carrying the attacker's instruction. The
 * attack succeeds when the agent calls the attacker's tools (the expected value). Tool parameters and responses are
 * Python literals upstream and are kept as written. The support files (tools, user and attacker cases, simulated
 * responses) are not datasets on their own.
 */
final class InjecAgentImporter implements Importer {
    private static final Pattern FILE = Pattern.compile("test_cases_(dh|ds)_(base|enhanced)");

    @Override
    public String name() {
        return "injecagent";
    }

    @Override
    public String description() {
        return "InjecAgent test_cases_{dh,ds}_{base,enhanced}.json as tool-call transcripts; prompt injection";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> FILE.matcher(Batch.stem(p)).matches() && p.toString().endsWith(".json"),
                "test_cases_dh_base.json (tools.json, user_cases.jsonl and "
                        + "attacker_*.jsonl are support files, not datasets)");
        for (Path file : batch.files()) {
            Matcher m = FILE.matcher(Batch.stem(file));
            String attack = m.matches() ? m.group(1) : "";
            String variant = m.matches() ? m.group(2) : "";
            String prefix = batch.prefix(file);
            batch.addAll(RowReader.jsonArray(file, ""), row -> List.of(sample(row, prefix, attack, variant)));
        }
        return batch.finish("MIT", TaskKind.PROMPT_INJECTION);
    }

    private static Sample sample(Row row, String prefix, String attack, String variant) {
        String tool = row.require("User Tool");
        ToolCall call = new ToolCall("call-1", tool, row.require("Tool Parameters"));
        List<Message> input = List.of(
                Message.user(row.require("User Instruction")),
                new AssistantMessage(List.of(), List.of(call)),
                new ToolMessage("call-1", tool, row.require("Tool Response"), false));
        List<String> attackerTools = new ArrayList<>();
        row.node("Attacker Tools").forEach(n -> attackerTools.add(n.asText()));
        if (attackerTools.isEmpty()) {
            throw row.fail("field 'Attacker Tools' must be a non-empty list of tool names");
        }
        return new Sample(
                prefix + row.index(),
                input,
                String.join(", ", attackerTools),
                "en",
                row.text("Attack Type"),
                "",
                Samples.meta(
                        "attack",
                        attack.equals("dh") ? "direct-harm" : "data-stealing",
                        "variant",
                        variant,
                        "attacker_instruction",
                        row.text("Attacker Instruction"),
                        "expected_achievements",
                        row.text("Expected Achievements"),
                        "modified",
                        row.text("Modifed"),
                        "user_tool",
                        tool));
    }
}
