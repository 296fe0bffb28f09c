package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.json.Json;

/**
 * {@code text:analyze}: a deterministic severity per category. Each category has a keyword pattern; the number of
 * distinct keywords found gives the eight-level severity (none 0, one 3, two 5, three or more 7), and a marker such
 * as {@code [Violence=6]} in the text sets it outright. A prompt matching the refuse pattern counts as one violence
 * keyword. {@code FourSeverityLevels} rounds down to 0, 2, 4, 6, as the service does. The blocklist
 * {@code mock-blocklist} holds the items {@code contoso} and {@code forbidden phrase}; other blocklists do not exist.
 */
final class TextAnalysis {
    static final int MAX_TEXT = 10_000;
    static final String BLOCKLIST = "mock-blocklist";
    static final List<String> BLOCKLIST_ITEMS = List.of("contoso", "forbidden phrase");
    private static final Map<String, Pattern> KEYWORDS = keywords();
    private static final Pattern MARKER = Pattern.compile("\\[(Hate|SelfHarm|Sexual|Violence)=([0-7])]");
    private final Responder responder;

    TextAnalysis(Responder responder) {
        this.responder = responder;
    }

    private static Map<String, Pattern> keywords() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("Hate", words("hate|hateful|racist|slur|subhuman|bigot|inferior race"));
        m.put("SelfHarm", words("suicide|self-harm|kill myself|hurt myself|cut myself|overdose"));
        m.put("Sexual", words("sexual|explicit|nude|porn|erotic"));
        m.put("Violence", words("bomb|weapon|kill|attack|shoot|stab|murder|explosive"));
        return m;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    Reply analyze(JsonNode body) {
        JsonNode textNode = body.path("text");
        if (!textNode.isTextual() || textNode.asText().isBlank()) {
            throw invalid("The text field is required and must be a non-empty string.");
        }
        String text = textNode.asText();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            throw invalid("Text length " + length + " exceeds the limit of " + MAX_TEXT + " characters.");
        }
        boolean eight = switch (body.path("outputType").asText("FourSeverityLevels")) {
            case "FourSeverityLevels" -> false;
            case "EightSeverityLevels" -> true;
            default ->
                throw invalid("outputType must be FourSeverityLevels or EightSeverityLevels, got '"
                        + body.path("outputType").asText() + "'.");
        };
        List<String> categories = categories(body.path("categories"));
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode matches = root.putArray("blocklistsMatch");
        blocklists(body.path("blocklistNames"), text, matches);
        ArrayNode analysis = root.putArray("categoriesAnalysis");
        if (matches.isEmpty() || !body.path("haltOnBlocklistHit").asBoolean(false)) {
            Map<String, Integer> markers = markers(text);
            for (String c : categories) {
                int level = markers.getOrDefault(c, level(c, text));
                analysis.addObject().put("category", c).put("severity", eight ? level : level / 2 * 2);
            }
        }
        return Reply.Json.ok(root);
    }

    private int level(String category, String text) {
        Set<String> found = new HashSet<>();
        Matcher m = Objects.requireNonNull(KEYWORDS.get(category), category).matcher(text);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        int hits = found.size();
        if (hits == 0 && category.equals("Violence") && responder.matches(text)) {
            hits = 1;
        }
        return hits == 0 ? 0 : hits == 1 ? 3 : hits == 2 ? 5 : 7;
    }

    private static Map<String, Integer> markers(String text) {
        Map<String, Integer> m = new LinkedHashMap<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            m.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return m;
    }

    private static List<String> categories(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.copyOf(KEYWORDS.keySet());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw invalid("categories must be a non-empty array of Hate, SelfHarm, Sexual, Violence.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode c : node) {
            if (!KEYWORDS.containsKey(c.asText())) {
                throw invalid("Unknown category '" + c.asText() + "'; expected Hate, SelfHarm, Sexual or Violence.");
            }
            out.add(c.asText());
        }
        return out;
    }

    private static void blocklists(JsonNode names, String text, ArrayNode matches) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (JsonNode n : names) {
            if (!n.asText().equals(BLOCKLIST)) {
                throw ApiError.azure(404, "NotFound", "Blocklist '" + n.asText() + "' does not exist.");
            }
            for (String item : BLOCKLIST_ITEMS) {
                if (lower.contains(item)) {
                    matches.addObject()
                            .put("blocklistName", BLOCKLIST)
                            .put("blocklistItemId", "item-" + Responder.digest(item))
                            .put("blocklistItemText", item);
                }
            }
        }
    }

    static ApiError invalid(String message) {
        return ApiError.azure(400, "InvalidRequestBody", message);
    }
}
