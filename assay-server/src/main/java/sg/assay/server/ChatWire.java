package sg.assay.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sg.assay.json.Json;

/** Writes one Chat Completions answer as OpenAI's JSON: the whole completion, or its stream of chunks. */
record ChatWire(
        String id,
        long created,
        String model,
        ChatCall call,
        int promptTokens,
        boolean filterResults,
        boolean flagged,
        List<Answer.Alternative> firstToken,
        String refusal) {

    /** Splits text into the mock's tokens: words, each but the first with its leading space. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    tokens.add(text.substring(start, i));
                }
                start = i;
            }
        }
        return tokens;
    }

    ObjectNode completion(List<String> tokens, Optional<ToolUse> tool, String finish) {
        ObjectNode root = head("chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (refusal.isEmpty()) {
            message.put("content", tool.isPresent() ? null : String.join("", tokens));
            message.putNull("refusal");
        } else {
            message.putNull("content");
            message.put("refusal", refusal);
        }
        message.putArray("annotations");
        tool.ifPresent(t -> toolCalls(message, t));
        if (call.logprobs()) {
            choice.putObject("logprobs").set("content", logprobs(tokens, true));
        } else {
            choice.putNull("logprobs");
        }
        choice.put("finish_reason", finish);
        if (filterResults) {
            choice.set("content_filter_results", ContentFilter.results(flagged, false));
            root.set("prompt_filter_results", ContentFilter.promptResults(false));
        }
        root.set("usage", usage(tokens.size()));
        return root;
    }

    List<String> chunks(List<String> tokens, Optional<ToolUse> tool, String finish) {
        List<String> events = new ArrayList<>();
        ObjectNode first = chunk();
        first.withArray("choices")
                .addObject()
                .put("index", 0)
                .putObject("delta")
                .put("role", "assistant")
                .put("content", "");
        events.add(event(first));
        for (String t : tokens) {
            ObjectNode c = chunk();
            ObjectNode choice = c.withArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("content", t);
            if (call.logprobs()) {
                choice.putObject("logprobs").set("content", logprobs(List.of(t), events.size() == 1));
            }
            choice.putNull("finish_reason");
            events.add(event(c));
        }
        if (tool.isPresent()) {
            ObjectNode c = chunk();
            ObjectNode delta =
                    c.withArray("choices").addObject().put("index", 0).putObject("delta");
            ((ObjectNode) toolCalls(delta, tool.get()).get(0)).put("index", 0);
            events.add(event(c));
        }
        ObjectNode last = chunk();
        last.withArray("choices")
                .addObject()
                .put("index", 0)
                .put("finish_reason", finish)
                .putObject("delta");
        events.add(event(last));
        if (call.includeUsage()) {
            ObjectNode u = chunk();
            u.set("usage", usage(tokens.size()));
            events.add(event(u));
        }
        events.add("data: [DONE]\n\n");
        return events;
    }

    private ObjectNode head(String object) {
        return Json.mapper()
                .createObjectNode()
                .put("id", id)
                .put("object", object)
                .put("created", created)
                .put("model", model)
                .put("system_fingerprint", ChatCompletions.FINGERPRINT)
                .put("service_tier", "default");
    }

    private ObjectNode chunk() {
        ObjectNode c = head("chat.completion.chunk");
        c.putArray("choices");
        if (call.includeUsage()) {
            c.putNull("usage");
        }
        return c;
    }

    private static String event(ObjectNode node) {
        return "data: " + Json.write(node) + "\n\n";
    }

    private static ArrayNode toolCalls(ObjectNode message, ToolUse t) {
        ArrayNode calls = message.putArray("tool_calls");
        ObjectNode c = calls.addObject().put("id", t.id()).put("type", "function");
        c.putObject("function").put("name", t.name()).put("arguments", t.arguments());
        return calls;
    }

    private ObjectNode usage(int completionTokens) {
        ObjectNode u = Json.mapper()
                .createObjectNode()
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        u.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        u.putObject("completion_tokens_details")
                .put("reasoning_tokens", 0)
                .put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0)
                .put("rejected_prediction_tokens", 0);
        return u;
    }

    /** Per-token logprobs; the first token of the answer uses the scripted alternatives when there are any. */
    private ArrayNode logprobs(List<String> tokens, boolean startsAnswer) {
        ArrayNode content = Json.mapper().createArrayNode();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            List<Answer.Alternative> alts = i == 0 && startsAnswer && !firstToken.isEmpty()
                    ? firstToken
                    : Completions.alternatives(t, call.topLogprobs());
            double lp = alts.stream()
                    .filter(a -> a.token().equals(t))
                    .findFirst()
                    .map(Answer.Alternative::logprob)
                    .orElse(Answer.logprob(t));
            ObjectNode entry = content.addObject().put("token", t).put("logprob", lp);
            bytes(entry, t);
            ArrayNode top = entry.putArray("top_logprobs");
            for (Answer.Alternative a : alts.subList(0, Math.min(alts.size(), call.topLogprobs()))) {
                bytes(top.addObject().put("token", a.token()).put("logprob", a.logprob()), a.token());
            }
        }
        return content;
    }

    private static void bytes(ObjectNode node, String token) {
        ArrayNode b = node.putArray("bytes");
        for (byte x : token.getBytes(StandardCharsets.UTF_8)) {
            b.add(x & 0xff);
        }
    }
}
