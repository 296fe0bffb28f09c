package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A validated Chat Completions request: what the mock needs to answer it. */
record ChatCall(
        String model,
        Behaviour behaviour,
        List<Turn> turns,
        boolean stream,
        boolean includeUsage,
        int maxTokens,
        boolean logprobs,
        int topLogprobs,
        JsonNode tools,
        JsonNode toolChoice,
        ResponseFormat format) {

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    /** Validates the body as OpenAI does, answering 400 (or 404 for an unknown model) in OpenAI's error shape. */
    static ChatCall parse(JsonNode body, String model) {
        if (!body.isObject()) {
            throw ApiError.invalid("body", "The request body must be a JSON object.");
        }
        Behaviour behaviour = Behaviour.forModel(model).orElseThrow(() -> notFound(model));
        List<Turn> turns = turns(body.path("messages"));
        boolean stream = body.path("stream").asBoolean(false);
        if (body.has("stream_options") && !stream) {
            throw ApiError.invalid(
                    "stream_options", "The 'stream_options' parameter is only allowed when 'stream' is enabled.");
        }
        if (behaviour == Behaviour.REASONING) {
            reasoningRules(body);
        }
        int maxTokens = positive(body, "max_completion_tokens", positive(body, "max_tokens", Integer.MAX_VALUE));
        double temperature = body.path("temperature").asDouble(1);
        if (temperature < 0 || temperature > 2) {
            throw ApiError.invalid(
                    "temperature", "Invalid 'temperature': decimal above maximum value. Expected a value <= 2.");
        }
        boolean logprobs = body.path("logprobs").asBoolean(false);
        int top = body.path("top_logprobs").asInt(0);
        if (body.has("top_logprobs") && (!logprobs || top < 0 || top > 20)) {
            throw ApiError.invalid(
                    "top_logprobs", "Invalid 'top_logprobs': requires 'logprobs' to be true and a value in 0..20.");
        }
        boolean usage = body.path("stream_options").path("include_usage").asBoolean(false);
        return new ChatCall(
                model,
                behaviour,
                turns,
                stream,
                usage,
                maxTokens,
                logprobs,
                top,
                body.path("tools"),
                body.path("tool_choice"),
                ResponseFormat.chat(body.path("response_format")));
    }

    /** The model field, which must be a non-empty string. */
    static String model(JsonNode body) {
        JsonNode m = body.path("model");
        if (!m.isTextual() || m.asText().isBlank()) {
            throw new ApiError(400, "invalid_request_error", null, null, "you must provide a model parameter");
        }
        return m.asText();
    }

    static ApiError notFound(String model) {
        return new ApiError(
                404,
                "invalid_request_error",
                "model_not_found",
                null,
                "The model '" + model + "' does not exist or you do not have access to it.");
    }

    private static List<Turn> turns(JsonNode messages) {
        if (messages.isMissingNode() || messages.isNull()) {
            throw ApiError.missing("messages");
        }
        if (!messages.isArray() || messages.isEmpty()) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "empty_array",
                    "messages",
                    "Invalid 'messages': empty array. Expected an array with minimum length 1.");
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String role = m.path("role").asText("");
            if (!ROLES.contains(role)) {
                throw ApiError.invalid(
                        "messages[" + i + "].role",
                        "Invalid value: '" + role + "'. Supported values are: 'system', 'assistant', 'user', "
                                + "'function', 'tool', and 'developer'.");
            }
            if (role.equals("tool") && !m.path("tool_call_id").isTextual()) {
                throw ApiError.missing("messages[" + i + "].tool_call_id");
            }
            turns.add(new Turn(role, Turn.text(m.path("content"))));
        }
        return turns;
    }

    private static void reasoningRules(JsonNode body) {
        if (body.has("max_tokens")) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "unsupported_parameter",
                    "max_tokens",
                    "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                            + "'max_completion_tokens' instead.");
        }
        if (body.has("temperature") && body.path("temperature").asDouble() != 1) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "unsupported_value",
                    "temperature",
                    "Unsupported value: 'temperature' does not support " + body.path("temperature")
                            + " with this model. Only the default (1) value is supported.");
        }
    }

    private static int positive(JsonNode body, String field, int fallback) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            throw ApiError.invalid(field, "Invalid '" + field + "': expected an integer of at least 1, got " + v + ".");
        }
        return v.asInt();
    }

    String prompt() {
        return Turn.lastUser(turns);
    }

    boolean lastIsToolResult() {
        return !turns.isEmpty() && turns.getLast().role().equals("tool");
    }
}
