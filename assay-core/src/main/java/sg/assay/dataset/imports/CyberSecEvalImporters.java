package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;
import sg.assay.message.Message;

/**
 * CyberSecEval (Purple Llama): prompt-injection tests (system prompt with a secret or rule, injected user input, and
 * the judge question as the expected check) and MITRE false-refusal prompts (benign cyber requests). The
 * multilingual files name languages in English ({@code Filipino/Tagalog}), mapped here to BCP 47.
 */
final class CyberSecEvalImporters {
    static final CodeMap CODES = new CodeMap(
            "cyberseceval",
            Map.ofEntries(
                    Map.entry("English", "en"),
                    Map.entry("Hindi", "hi"),
                    Map.entry("Bengali", "bn"),
                    Map.entry("Turkish", "tr"),
                    Map.entry("Arabic", "ar"),
                    Map.entry("Italian", "it"),
                    Map.entry("Spanish", "es"),
                    Map.entry("Vietnamese", "vi"),
                    Map.entry("French", "fr"),
                    Map.entry("Russian", "ru"),
                    Map.entry("Filipino/Tagalog", "fil"),
                    Map.entry("Portuguese", "pt"),
                    Map.entry("Japanese", "ja"),
                    Map.entry("Korean", "ko"),
                    Map.entry("German", "de"),
                    Map.entry("Chinese", "zh-Hans"),
                    Map.entry("Indonesian", "id"),
                    Map.entry("Thai", "th")));
    static final String LICENCE = "MIT";

    private CyberSecEvalImporters() {}

    static String language(String name) {
        return name.isBlank() ? "en" : CODES.toBcp47(name.strip());
    }

    static final class PromptInjection implements Importer {
        @Override
        public String name() {
            return "cyberseceval-pi";
        }

        @Override
        public String description() {
            return "CyberSecEval prompt_injection*.json (system rule + injected input + judge question); "
                    + "prompt injection";
        }

        @Override
        public Imported read(Path path, ImportOptions options) {
            Batch batch = Batch.open(
                    name(),
                    path,
                    options,
                    p -> Batch.stem(p).startsWith("prompt_injection")
                            && p.toString().endsWith(".json"),
                    "prompt_injection.json");
            for (Path file : batch.files()) {
                String prefix = batch.prefix(file);
                batch.addAll(RowReader.jsonArray(file, ""), row -> {
                    String id = prefix + (row.has("prompt_id") ? row.text("prompt_id") : Long.toString(row.index()));
                    Map<String, String> meta = Samples.meta(
                            "injection_type",
                            row.text("injection_type"),
                            "injection_variant",
                            row.text("injection_variant"),
                            "risk_category",
                            row.text("risk_category"),
                            "check",
                            "judge_question");
                    return List.of(new Sample(
                            id,
                            List.of(
                                    Message.system(row.require("test_case_prompt")),
                                    Message.user(row.require("user_input"))),
                            row.require("judge_question"),
                            language(row.text("speaking_language")),
                            row.text("injection_variant"),
                            "",
                            meta));
                });
            }
            return batch.finish(LICENCE, TaskKind.PROMPT_INJECTION);
        }
    }

    static final class FalseRefusal implements Importer {
        @Override
        public String name() {
            return "cyberseceval-frr";
        }

        @Override
        public String description() {
            return "CyberSecEval MITRE false-refusal JSON (benign cyber prompts); over-refusal";
        }

        @Override
        public Imported read(Path path, ImportOptions options) {
            Batch batch = Batch.open(
                    name(),
                    path,
                    options,
                    p -> Batch.stem(p).contains("frr") && p.toString().endsWith(".json"),
                    "mitre_frr.json");
            for (Path file : batch.files()) {
                String prefix = batch.prefix(file);
                batch.addAll(RowReader.jsonArray(file, ""), row -> {
                    String malicious = Samples.oneOf(row, "is_malicious", List.of("false", "true"));
                    Sample s = Samples.prompt(
                            prefix + row.index(),
                            row.require("mutated_prompt"),
                            language(row.text("speaking_language")),
                            row.text("attack_type"),
                            "",
                            Samples.meta(
                                    "is_malicious",
                                    malicious,
                                    "kind",
                                    malicious.equals("true") ? "harmful" : "benign",
                                    "model",
                                    row.text("model"),
                                    "prompt_id",
                                    row.text("prompt_id"),
                                    "original_english_prompt",
                                    row.text("original_english_prompt"),
                                    "backtranslation_bleu",
                                    row.text("backtranslation_bleu")));
                    return List.of(Labels.expect(s, malicious.equals("true") ? "refuse" : "comply"));
                });
            }
            return batch.finish(LICENCE, TaskKind.OVER_REFUSAL);
        }
    }
}
