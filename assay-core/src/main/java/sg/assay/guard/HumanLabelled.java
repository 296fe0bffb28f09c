package sg.assay.guard;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import sg.assay.ConfigException;

/**
 * Human-annotated hate-speech sets in the shared datasets folder, read as labelled examples (positive = hateful) for
 * validating a classifier against people. None of them may be trained on (no licence, research-only or
 * non-commercial): they are for measurement only.
 */
public final class HumanLabelled {
    private HumanLabelled() {}

    /** Every set that is present, in a fixed order; a missing folder is skipped. */
    public static List<GuardExample> all(Path root) {
        List<GuardExample> out = new ArrayList<>();
        for (String lang : List.of("ss", "zh")) {
            Path f = root.resolve("sghatecheck/annotations/" + lang + "_annotations.csv");
            if (Files.exists(f)) {
                out.addAll(sgHateCheck(f, lang.equals("ss") ? "en-SG" : "zh-Hans"));
            }
        }
        for (String lang : List.of("id", "th")) {
            Path f = root.resolve("seahatecheck/gold_label_annotated/" + lang + ".csv");
            if (Files.exists(f)) {
                out.addAll(seaHateCheck(f, lang));
            }
        }
        Path vi = root.resolve("vihsd/test.csv");
        if (Files.exists(vi)) {
            out.addAll(viHsd(vi));
        }
        Path id = root.resolve("id-hate-speech-abusive/re_dataset.csv");
        if (Files.exists(id)) {
            out.addAll(indonesianTwitter(id));
        }
        return out;
    }

    /** SGHateCheck: the final human label ({@code annotation_selected}); no_match and undecided are left out. */
    static List<GuardExample> sgHateCheck(Path file, String language) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(file, StandardCharsets.UTF_8)) {
            String label = r.get("annotation_selected").strip();
            if (label.equals("hateful") || label.equals("non-hateful")) {
                out.add(new GuardExample(
                        r.get("c_testcase"), label.equals("hateful"), language, "sghatecheck", "sghatecheck"));
            }
        }
        return out;
    }

    /** SEAHateCheck gold annotated: the majority of three native annotators; the text is the template filled in. */
    static List<GuardExample> seaHateCheck(Path file, String language) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(file, StandardCharsets.UTF_8)) {
            String label = r.get("sentiment_majority").strip();
            if (label.equals("hateful") || label.equals("non-hateful")) {
                String text = r.get("t_case_local").replace("{IDENTITY_P}", r.get("p_value"));
                out.add(new GuardExample(text, label.equals("hateful"), language, "seahatecheck", "seahatecheck"));
            }
        }
        return out;
    }

    /** ViHSD test split: positive = HATE (label 2); OFFENSIVE (1) and CLEAN (0) are negative. */
    static List<GuardExample> viHsd(Path file) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(file, StandardCharsets.UTF_8)) {
            String text = r.get("free_text");
            if (!text.isBlank()) {
                out.add(new GuardExample(text, r.get("label_id").strip().equals("2"), "vi", "vihsd", "vihsd"));
            }
        }
        return out;
    }

    /** Indonesian Twitter (Ibrohim and Budi 2019): positive = HS; the file is not valid UTF-8, read as Latin-1. */
    static List<GuardExample> indonesianTwitter(Path file) {
        List<GuardExample> out = new ArrayList<>();
        for (CSVRecord r : csv(file, StandardCharsets.ISO_8859_1)) {
            out.add(new GuardExample(
                    r.get("Tweet"), r.get("HS").strip().equals("1"), "id", "id-hate-speech", "id-hate-speech"));
        }
        return out;
    }

    private static List<CSVRecord> csv(Path file, java.nio.charset.Charset charset) {
        try {
            String text = Files.readString(file, charset);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true)
                    .setAllowDuplicateHeaderNames(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
