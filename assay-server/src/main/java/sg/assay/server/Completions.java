package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import sg.assay.json.Json;

/**
 * {@code POST /v1/completions}: OpenAI's legacy text completions. {@code prompt} is a string or an array of strings
 * (one choice each), {@code max_tokens} defaults to 16 as in the real API, and {@code logprobs: N} (0..5) adds the
 * {@code tokens} / {@code token_logprobs} / {@code top_logprobs} / {@code text_offset} arrays.
 */
final class Completions {
    private static final int MAX_LOGPROBS = 5;
    private final Responder responder;
    private final AtomicLong ids = new AtomicLong();

    Completions(Responder responder) {
        this.responder = responder;
    }

    /** The mock's alternatives for an unscripted token: the token itself, then {@code t~1}, {@code t~2}, ... */
    static List<Answer.Alternative> alternatives(String token, int n) {
        double lp = Answer.logprob(token);
        List<Answer.Alternative> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new Answer.Alternative(k == 0 ? token : token + "~" + k, lp - k));
        }
        return out;
    }

    Reply complete(JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.invalid("body", "The request body must be a JSON object.");
        }
        String model = ChatCall.model(body);
        Behaviour behaviour = Behaviour.forModel(model).orElseThrow(() -> ChatCall.notFound(model));
        List<String> prompts = prompts(body.path("prompt"));
        int maxTokens = maxTokens(body.path("max_tokens"));
        int logprobs = logprobs(body.path("logprobs"));
        double temperature = body.path("temperature").asDouble(1);
        if (temperature < 0 || temperature > 2) {
            throw ApiError.invalid(
                    "temperature", "Invalid 'temperature': decimal above maximum value. Expected a value <= 2.");
        }
        for (String unsupported : new String[] {"stream", "echo"}) {
            if (body.path(unsupported).asBoolean(false)) {
                throw ApiError.invalid(
                        unsupported, "'" + unsupported + "' is not supported by assay mock-server on /v1/completions.");
            }
        }
        ObjectNode root = Json.mapper()
                .createObjectNode()
                .put("id", "cmpl-mock" + ids.incrementAndGet())
                .put("object", "text_completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", ChatCompletions.snapshot(model))
                .put("system_fingerprint", ChatCompletions.FINGERPRINT);
        ArrayNode choices = root.putArray("choices");
        int promptTokens = 0;
        int completionTokens = 0;
        for (int i = 0; i < prompts.size(); i++) {
            Answer answer = responder.answer(behaviour, List.of(new Turn("user", prompts.get(i))));
            if (answer.kind() == Answer.Kind.FILTERED_PROMPT) {
                throw ContentFilter.promptBlocked();
            }
            List<String> tokens = ChatWire.split(answer.text());
            String finish = answer.kind() == Answer.Kind.FILTERED_COMPLETION ? "content_filter" : "stop";
            if (tokens.size() > maxTokens) {
                tokens = tokens.subList(0, maxTokens);
                finish = "length";
            }
            ObjectNode choice =
                    choices.addObject().put("text", String.join("", tokens)).put("index", i);
            if (body.path("logprobs").isIntegralNumber()) {
                choice.set("logprobs", logprobs(tokens, answer.firstToken(), logprobs));
            } else {
                choice.putNull("logprobs");
            }
            choice.put("finish_reason", finish);
            promptTokens += Responder.tokens(prompts.get(i));
            completionTokens += tokens.size();
        }
        root.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return Reply.Json.ok(root);
    }

    private static List<String> prompts(JsonNode prompt) {
        if (prompt.isMissingNode() || prompt.isNull()) {
            throw ApiError.missing("prompt");
        }
        if (prompt.isTextual()) {
            return List.of(prompt.asText());
        }
        List<String> out = new ArrayList<>();
        if (prompt.isArray() && !prompt.isEmpty()) {
            for (JsonNode p : prompt) {
                if (!p.isTextual()) {
                    out.clear();
                    break;
                }
                out.add(p.asText());
            }
        }
        if (out.isEmpty()) {
            throw ApiError.invalid(
                    "prompt",
                    "Invalid 'prompt': expected a string or a non-empty array of strings, got " + prompt + ".");
        }
        return out;
    }

    private static int maxTokens(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return 16;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
            throw ApiError.invalid(
                    "max_tokens", "Invalid 'max_tokens': expected an integer of at least 1, got " + v + ".");
        }
        return v.asInt();
    }

    private static int logprobs(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > MAX_LOGPROBS) {
            throw ApiError.invalid(
                    "logprobs", "Invalid 'logprobs': expected an integer in 0.." + MAX_LOGPROBS + ", got " + v + ".");
        }
        return v.asInt();
    }

    /** The legacy logprobs object; the first token uses the scripted alternatives when the answer has them. */
    private static ObjectNode logprobs(List<String> tokens, List<Answer.Alternative> first, int n) {
        ObjectNode lp = Json.mapper().createObjectNode();
        ArrayNode toks = lp.putArray("tokens");
        ArrayNode values = lp.putArray("token_logprobs");
        ArrayNode top = lp.putArray("top_logprobs");
        ArrayNode offsets = lp.putArray("text_offset");
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            List<Answer.Alternative> alts = i == 0 && !first.isEmpty() ? first : alternatives(t, Math.max(n, 1));
            toks.add(t);
            values.add(alts.stream()
                    .filter(a -> a.token().equals(t))
                    .findFirst()
                    .map(Answer.Alternative::logprob)
                    .orElse(Answer.logprob(t)));
            ObjectNode o = top.addObject();
            alts.subList(0, Math.min(n, alts.size())).forEach(a -> o.put(a.token(), a.logprob()));
            offsets.add(offset);
            offset += t.length();
        }
        return lp;
    }
}
