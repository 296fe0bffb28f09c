package sg.assay.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/** Readers of the public data sets in the shared datasets folder, each into guard examples grouped by intent. */
final class SharedReaders {
    private static final Map<String, Boolean> SEA_HELM_LABELS = Map.ofEntries(
            Map.entry("safe", false),
            Map.entry("harmful", true),
            Map.entry("aman", false),
            Map.entry("selamat", false),
            Map.entry("berbahaya", true),
            Map.entry("maingat", false),
            Map.entry("mapahamak", true),
            Map.entry("an toàn", false),
            Map.entry("có hại", true),
            Map.entry("ปลอดภัย", false),
            Map.entry("อันตราย", true),
            Map.entry("பாதுகாப்பானது", false),
            Map.entry("தீங்கு விளைவிக்கும்", true),
            Map.entry("ဘေးကင်း", false),
            Map.entry("အန္တရာယ်ရှိ", true));
    private static final List<String> SEA_HELM_LANGUAGES = List.of("en", "id", "ms", "my", "ta", "th", "tl", "vi");

    private SharedReaders() {}

    static List<GuardExample> seaHelm(Path root) {
        Path dir = root.resolve("sea-helm-safety-cultural");
        List<GuardExample> out = new ArrayList<>();
        for (String lang : SEA_HELM_LANGUAGES) {
            Path wild = dir.resolve("cultural_in_the_wild/" + lang + "_cultural_in_the_wild.jsonl");
            if (Files.exists(wild)) {
                for (JsonNode row : jsonLines(wild)) {
                    boolean harmful = seaHelmLabel(row.path("label").asText(), wild);
                    JsonNode prompt = row.path("prompts").path(0);
                    String group = "sea-helm:topic:"
                            + norm(row.path("metadata").path("topic").asText());
                    out.add(new GuardExample(
                            prompt.path("local_prompt").asText(), harmful, tag(lang), "sea-helm-cultural", group));
                    out.add(new GuardExample(
                            prompt.path("en_prompt").asText(), harmful, "en", "sea-helm-cultural", group));
                }
            }
            Path gen =
                    required(dir.resolve("cultural_content_generation/" + lang + "_cultural_content_generation.jsonl"));
            for (JsonNode row : jsonLines(gen)) {
                boolean harmful = seaHelmLabel(row.path("prompt_label").asText(), gen);
                String text =
                        row.path("prompts").path(0).path("prompt_text").asText().strip();
                String en = row.path("metadata").path("en_prompt").asText(text);
                out.add(new GuardExample(text, harmful, tag(lang), "sea-helm-cultural", "sea-helm:prompt:" + norm(en)));
            }
        }
        return out;
    }

    private static boolean seaHelmLabel(String label, Path file) {
        Boolean harmful = SEA_HELM_LABELS.get(label.strip().toLowerCase(Locale.ROOT));
        if (harmful == null) {
            throw new ConfigException("unknown label '" + label + "' in " + file + "; expected safe or harmful");
        }
        return harmful;
    }

    private static String tag(String seaHelm) {
        return seaHelm.equals("tl") ? "fil" : seaHelm;
    }

    static List<GuardExample> xstest(Path root) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(root.resolve("xstest/xstest_prompts.csv"))) {
            boolean harmful = r.get("label").strip().equals("unsafe");
            out.add(new GuardExample(r.get("prompt"), harmful, "en", "xstest", "xstest:" + r.get("id")));
        }
        return out;
    }

    static List<GuardExample> doNotAnswer(Path root) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(root.resolve("do-not-answer/do_not_answer_en.csv"))) {
            out.add(new GuardExample(r.get("question"), true, "en", "do-not-answer", "do-not-answer:" + r.get("id")));
        }
        return out;
    }

    static List<GuardExample> advbench(Path root) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(root.resolve("advbench/harmful_behaviors.csv"))) {
            out.add(new GuardExample(r.get("goal"), true, "en", "advbench", "advbench:" + r.getRecordNumber()));
        }
        return out;
    }

    /** HarmBench's standard behaviours (contextual and copyright ones need context a prompt guard does not see). */
    static List<GuardExample> harmbench(Path root) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(root.resolve("harmbench/harmbench_behaviors_text_all.csv"))) {
            if (r.get("FunctionalCategory").equals("standard")) {
                out.add(new GuardExample(
                        r.get("Behavior"), true, "en", "harmbench", "harmbench:" + r.get("BehaviorID")));
            }
        }
        return out;
    }

    /** AILuminate practice prompts as packaged by moonshot-data: en, zh and ms files in the same order. */
    static List<GuardExample> mlcommons(Path root) {
        List<GuardExample> out = new ArrayList<>();
        for (String hazard : List.of("ipv", "ncr", "prv", "vcr")) {
            for (String lang : List.of("en", "cn", "my")) {
                Path file = root.resolve("moonshot-data/mlc-" + hazard + "-" + lang + ".json");
                JsonNode examples = json(file).path("examples");
                for (int i = 0; i < examples.size(); i++) {
                    String tag = lang.equals("cn") ? "zh-Hans" : lang.equals("my") ? "ms" : "en";
                    out.add(new GuardExample(
                            examples.get(i).path("input").asText(),
                            true,
                            tag,
                            "mlc-ailuminate-practice",
                            "mlc:" + hazard + ":" + i));
                }
            }
        }
        return out;
    }

    static List<GuardExample> singaporeQuestions(Path root) {
        JsonNode examples = json(root.resolve("moonshot-data/singapore-safety-questions.json"))
                .path("examples");
        List<GuardExample> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            out.add(new GuardExample(
                    examples.get(i).path("input").asText(),
                    true,
                    "en-SG",
                    "singapore-safety-questions",
                    "singapore-safety-questions:" + i));
        }
        return out;
    }

    /** MultiJail: every prompt harmful, one row in ten languages (six of them never seen in training). */
    static List<GuardExample> multiJail(Path root) {
        List<GuardExample> out = new ArrayList<>();
        List<String> langs = List.of("en", "zh", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv");
        for (CSVRecord r : csv(root.resolve("multijail/MultiJail.csv"))) {
            for (String lang : langs) {
                String text = r.get(lang);
                if (!text.isBlank()) {
                    out.add(new GuardExample(
                            text, true, lang.equals("zh") ? "zh-Hans" : lang, "multijail", "multijail:" + r.get("id")));
                }
            }
        }
        return out;
    }

    private static String norm(String s) {
        return FeatureSpace.normalise(s);
    }

    private static Path required(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("guard data file not found: " + file);
        }
        return file;
    }

    private static List<CSVRecord> csv(Path file) {
        try {
            String text = Files.readString(required(file), StandardCharsets.UTF_8);
            Reader in = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            return format.parse(in).getRecords();
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return Json.mapper().readTree(required(file).toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> jsonLines(Path file) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(required(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(Json.mapper().readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
