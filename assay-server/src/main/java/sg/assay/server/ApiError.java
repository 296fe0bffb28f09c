package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import sg.assay.json.Json;

/** A request the mock refuses the way the real API would: a status and an error body in the route's dialect. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final @Nullable String code;
    private final @Nullable String param;
    private final transient @Nullable JsonNode inner;

    ApiError(int status, String type, @Nullable String code, @Nullable String param, String message) {
        this(status, type, code, param, message, null);
    }

    ApiError(
            int status,
            String type,
            @Nullable String code,
            @Nullable String param,
            String message,
            @Nullable JsonNode inner) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.inner = inner;
    }

    static ApiError invalid(String param, String message) {
        return new ApiError(400, "invalid_request_error", null, param, message);
    }

    static ApiError missing(String param) {
        return new ApiError(
                400,
                "invalid_request_error",
                "missing_required_parameter",
                param,
                "Missing required parameter: '" + param + "'.");
    }

    /** An Azure AI Content Safety error: {@code {"error": {"code", "message", "details": []}}}. */
    static ApiError azure(int status, String code, String message) {
        return new ApiError(status, "", code, null, message);
    }

    int status() {
        return status;
    }

    /**
     * The error body: OpenAI's {@code {"error": {...}}}, Anthropic's {@code {"type": "error", ...}} or Azure AI Content
     * Safety's {@code {"error": {"code", "message"}}}.
     */
    ObjectNode body(Dialect dialect) {
        ObjectNode root = Json.mapper().createObjectNode();
        if (dialect == Dialect.ANTHROPIC) {
            root.put("type", "error");
            root.putObject("error").put("type", anthropicType()).put("message", getMessage());
            return root;
        }
        if (dialect == Dialect.CONTENT_SAFETY) {
            ObjectNode e = root.putObject("error");
            e.put("code", code == null ? Integer.toString(status) : code);
            e.put("message", getMessage());
            e.putArray("details");
            return root;
        }
        ObjectNode e = root.putObject("error");
        e.put("message", getMessage());
        e.put("type", type);
        e.put("param", param);
        e.put("code", code);
        if (inner != null) {
            e.put("status", status);
            e.set("innererror", inner);
        }
        return root;
    }

    private String anthropicType() {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
    }

    /** The error an injected fault status stands for. */
    static ApiError injected(int status) {
        return switch (status) {
            case 429 ->
                new ApiError(
                        429,
                        "requests",
                        "rate_limit_exceeded",
                        null,
                        "Rate limit reached for requests (injected by assay mock-server).");
            case 529 ->
                new ApiError(529, "overloaded_error", null, null, "Overloaded (injected by assay mock-server).");
            case 503 ->
                new ApiError(
                        503, "server_error", null, null, "The server is overloaded (injected by assay mock-server).");
            default ->
                new ApiError(
                        status,
                        status >= 500 ? "server_error" : "invalid_request_error",
                        null,
                        null,
                        "Injected error " + status + " (assay mock-server).");
        };
    }
}
