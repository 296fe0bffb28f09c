package sg.assay.target.contentsafety;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.Classification;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/**
 * {@code azure-content-safety/<name>}: classifies the last user message with Azure AI Content Safety's
 * {@code text:analyze}. The answer is the classification in the common label set ({@link Classification#render()}),
 * with the same facts as response metadata ({@code classification.*}) and any blocklist matches under
 * {@code content_safety.blocklist_matches}.
 */
final class TextAnalysisTarget implements Target {
    static final String OPERATION = "text:analyze";
    static final int MAX_TEXT = 10_000;
    private final Spec spec;
    private final SafetyClient client;
    private final List<String> categories;
    private final boolean eight;
    private final int threshold;
    private final List<String> blocklists;
    private final boolean halt;

    TextAnalysisTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        this.categories = categories(spec);
        this.eight = switch (spec.param("levels", "4")) {
            case "4" -> false;
            case "8" -> true;
            default ->
                throw new ConfigException(
                        spec.name() + " parameter 'levels' must be 4 or 8, got '" + spec.param("levels", "") + "'");
        };
        this.threshold = spec.intParam("threshold", 2);
        if (threshold < 1 || threshold > TextAnalysisMapper.MAX_LEVEL) {
            throw new ConfigException(
                    spec.name() + " parameter 'threshold' must be a severity level 1..7, got " + threshold);
        }
        this.blocklists = list(spec.param("blocklists", ""));
        this.halt = spec.boolParam("halt-on-blocklist-hit", false);
        this.client = new SafetyClient(spec, env, errors);
    }

    private static List<String> categories(Spec spec) {
        List<String> out = new ArrayList<>();
        for (String c : list(spec.param("categories", "Hate,SelfHarm,Sexual,Violence"))) {
            String known = TextAnalysisMapper.CATEGORIES.keySet().stream()
                    .filter(k -> k.equalsIgnoreCase(c.replace("-", "")))
                    .findFirst()
                    .orElseThrow(() -> new ConfigException(spec.name() + " parameter 'categories' has '" + c
                            + "'; expected Hate, SelfHarm, Sexual or Violence"));
            out.add(known);
        }
        if (out.isEmpty()) {
            throw new ConfigException(spec.name() + " parameter 'categories' is empty; omit it to analyse all four");
        }
        return out;
    }

    private static List<String> list(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        String text = request.lastUserText();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            throw new NonRetriableTargetException(
                    String.format(
                            Locale.ROOT,
                            "%s: text is %,d characters; Content Safety analyses at most %,d per request",
                            spec.name(),
                            length,
                            MAX_TEXT),
                    NonRetriableTargetException.Scope.SAMPLE);
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("text", text);
        categories.forEach(body.putArray("categories")::add);
        body.put("outputType", eight ? "EightSeverityLevels" : "FourSeverityLevels");
        if (!blocklists.isEmpty()) {
            ArrayNode names = body.putArray("blocklistNames");
            blocklists.forEach(names::add);
            body.put("haltOnBlocklistHit", halt);
        }
        SafetyClient.Answer answer =
                client.post(OPERATION, body, request.config().timeout());
        Classification c = TextAnalysisMapper.classification(answer.json(), threshold, spec.name());
        List<String> matches = TextAnalysisMapper.blocklistMatches(answer.json());
        Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
        String rendered = c.render();
        if (!matches.isEmpty()) {
            metadata.put("content_safety.blocklist_matches", String.join(",", matches));
            rendered += "; blocklist matches: " + String.join(", ", matches);
        }
        return new TargetResponse(
                Message.assistant(rendered), Usage.ZERO, client.model(OPERATION), answer.requestId(), "stop", metadata);
    }

    @Override
    public String describe() {
        return Endpoints.describe(spec);
    }

    @Override
    public String connectionKey() {
        return client.connectionKey();
    }

    @Override
    public void close() {
        client.close();
    }
}
