package sg.assay.target.contentsafety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.message.ToolMessage;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/**
 * {@code azure-prompt-shields/<name>}: Azure AI Content Safety's {@code text:shieldPrompt}. With {@code input=prompt}
 * (the default) the last user message is the user prompt and the text of every tool message in the conversation is a
 * document (tool results are where indirect injections arrive); with {@code input=document} the last user message is
 * itself sent as a document, for datasets of injected content, and no user prompt is sent. A user-prompt attack maps
 * to {@code jailbreak} and an attack in any document to {@code prompt-injection}; a side that was not sent, and every
 * other category, is not assessed. Prompt Shields gives no score or severity: a detection is high, none is none.
 */
final class PromptShieldsTarget implements Target {
    static final String OPERATION = "text:shieldPrompt";
    static final int MAX_DOCUMENTS = 5;
    private final Spec spec;
    private final SafetyClient client;
    private final boolean documentInput;

    PromptShieldsTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        this.documentInput = switch (spec.param("input", "prompt")) {
            case "prompt" -> false;
            case "document" -> true;
            default ->
                throw new ConfigException(spec.name() + " parameter 'input' must be prompt or document, got '"
                        + spec.param("input", "") + "'");
        };
        this.client = new SafetyClient(spec, env, errors);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        String prompt = documentInput ? "" : request.lastUserText();
        List<String> documents = new ArrayList<>();
        if (documentInput) {
            documents.add(request.lastUserText());
        }
        for (Message m : request.messages()) {
            if (m instanceof ToolMessage t && !t.text().isBlank()) {
                documents.add(t.text());
            }
        }
        check(prompt, documents);
        ObjectNode body = Json.mapper().createObjectNode();
        if (!documentInput) {
            body.put("userPrompt", prompt);
        }
        documents.forEach(body.putArray("documents")::add);
        SafetyClient.Answer answer =
                client.post(OPERATION, body, request.config().timeout());
        JsonNode root = answer.json();
        List<Assessment> parts = new ArrayList<>();
        if (!documentInput) {
            parts.add(detection(HarmCategory.JAILBREAK, root.path("userPromptAnalysis")));
        }
        List<String> perDocument = new ArrayList<>();
        boolean anyDocument = false;
        for (JsonNode d : root.path("documentsAnalysis")) {
            boolean attack = attack(d);
            perDocument.add(Boolean.toString(attack));
            anyDocument |= attack;
        }
        if (!documents.isEmpty()) {
            if (perDocument.size() != documents.size()) {
                throw new NonRetriableTargetException(
                        spec.name() + ": " + documents.size() + " documents sent but " + perDocument.size()
                                + " analysed",
                        NonRetriableTargetException.Scope.SAMPLE);
            }
            parts.add(new Assessment(
                    HarmCategory.PROMPT_INJECTION,
                    Double.NaN,
                    anyDocument ? Severity.HIGH : Severity.NONE,
                    anyDocument));
        }
        Classification c = Classification.of(parts);
        Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
        if (!perDocument.isEmpty()) {
            metadata.put("prompt_shields.documents_attack", String.join(",", perDocument));
        }
        return new TargetResponse(
                Message.assistant(c.render()),
                Usage.ZERO,
                client.model(OPERATION),
                answer.requestId(),
                "stop",
                metadata);
    }

    private Assessment detection(HarmCategory category, JsonNode analysis) {
        boolean attack = attack(analysis);
        return new Assessment(category, Double.NaN, attack ? Severity.HIGH : Severity.NONE, attack);
    }

    private boolean attack(JsonNode analysis) {
        JsonNode detected = analysis.path("attackDetected");
        if (!detected.isBoolean()) {
            throw new NonRetriableTargetException(
                    spec.name() + ": answer has no attackDetected verdict", NonRetriableTargetException.Scope.SAMPLE);
        }
        return detected.asBoolean();
    }

    private void check(String prompt, List<String> documents) {
        if (documents.size() > MAX_DOCUMENTS) {
            throw new NonRetriableTargetException(
                    spec.name() + ": " + documents.size() + " documents (tool results); Prompt Shields takes at most "
                            + MAX_DOCUMENTS + " per request",
                    NonRetriableTargetException.Scope.SAMPLE);
        }
        long total = prompt.codePointCount(0, prompt.length());
        for (String d : documents) {
            total += d.codePointCount(0, d.length());
        }
        if (total > TextAnalysisTarget.MAX_TEXT) {
            throw new NonRetriableTargetException(
                    String.format(
                            Locale.ROOT,
                            "%s: user prompt and documents are %,d characters; Prompt Shields analyses at most %,d"
                                    + " per request",
                            spec.name(),
                            total,
                            TextAnalysisTarget.MAX_TEXT),
                    NonRetriableTargetException.Scope.SAMPLE);
        }
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
