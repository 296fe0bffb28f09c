package sg.assay.probe.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.json.Json;

/**
 * Reads an attacker's answer into candidate test cases: a JSON array of {@code {"objective": n, "prompt": "..."}}
 * objects or of strings (code fences and text around the array allowed), or else a numbered or bulleted list.
 */
final class CaseParser {
    /** A candidate: the 0-based objective it aims at (or -1 when the attacker did not say) and the prompt. */
    record Candidate(int objective, String prompt) {}

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[-*•])\\s+(.+)$", Pattern.MULTILINE);

    private CaseParser() {}

    static List<Candidate> parse(String answer, int objectives) {
        int open = answer.indexOf('[');
        int close = answer.lastIndexOf(']');
        if (open >= 0 && close > open) {
            try {
                JsonNode node = Json.mapper().readTree(answer.substring(open, close + 1));
                if (node.isArray()) {
                    return fromJson(node, objectives);
                }
            } catch (IOException e) {
                // fall back to a list
            }
        }
        List<Candidate> out = new ArrayList<>();
        Matcher m = LIST_ITEM.matcher(answer);
        while (m.find()) {
            String p = m.group(1).strip().replaceAll("^[\"“]|[\"”]$", "");
            if (p.length() >= 8) {
                out.add(new Candidate(-1, p));
            }
        }
        return out;
    }

    private static List<Candidate> fromJson(JsonNode array, int objectives) {
        List<Candidate> out = new ArrayList<>();
        for (JsonNode item : array) {
            String prompt =
                    item.isTextual() ? item.asText() : item.path("prompt").asText("");
            int objective = item.path("objective").asInt(0) - 1;
            if (!prompt.isBlank()) {
                out.add(new Candidate(objective >= 0 && objective < objectives ? objective : -1, prompt.strip()));
            }
        }
        return out;
    }
}
