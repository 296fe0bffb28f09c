package sg.assay.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import sg.assay.json.Json;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.TargetException;

/**
 * The one place where an HTTP error status becomes a target exception: 401/403 and 404 stop the run, other 4xx fail
 * the sample (a content filter block is a "blocked by provider" outcome), and 408/409/425/429/5xx/529 are retried
 * with the server's wait hint. Messages name the target and the redacted URL, never a key.
 */
public final class ErrorMapper {
    private static final int DETAIL_LIMIT = 200;
    /** OpenAI-style routes, which servers put under {@code /v1}. */
    private static final java.util.regex.Pattern OPENAI_ROUTE =
            java.util.regex.Pattern.compile("/(chat/completions|completions|responses|embeddings|moderations)(\\?|$)");

    private final Clock clock;

    public ErrorMapper(Clock clock) {
        this.clock = clock;
    }

    public static ErrorMapper systemClock() {
        return new ErrorMapper(Clock.systemUTC());
    }

    public TargetException map(HttpReply reply, String who, String where, Redactor redactor) {
        int s = reply.status();
        Optional<JsonNode> error = errorNode(reply);
        String detail = error.map(e -> e.path("message").asText(""))
                .filter(m -> !m.isBlank())
                .map(m -> ": " + shorten(redactor.redact(m)))
                .orElse("");
        String code =
                error.map(e -> e.path("code").asText(e.path("type").asText(""))).orElse("");
        String status = "HTTP " + s + detail;
        if (s == 401 || s == 403) {
            return new NonRetriableTargetException(
                    "authentication failed for " + who + " at " + where + ": " + status, Scope.RUN);
        }
        if (s == 404) {
            return new NonRetriableTargetException(
                    "model or route not found for " + who + " at " + where + ": " + status
                            + (detail.isEmpty() ? noRouteHint(where) : ""),
                    Scope.RUN);
        }
        if (s == 400 && code.equals("content_filter")) {
            return new ProviderBlockedException("content_filter", filterDetails(error.orElseThrow()));
        }
        if (s == 408 || s == 409 || s == 425 || s == 429 || s >= 500) {
            return new RetriableTargetException(
                    who + " answered " + status + " at " + where, WaitHints.parse(reply.headers(), clock.instant()));
        }
        return new NonRetriableTargetException(who + " rejected the request: " + status, Scope.SAMPLE);
    }

    /** The {@code error} object of an OpenAI, Azure or Anthropic error body, when there is one. */
    public static Optional<JsonNode> errorNode(HttpReply reply) {
        try {
            JsonNode root = Json.mapper().readTree(reply.body());
            if (root != null && root.path("error").isObject()) {
                return Optional.of(root.path("error"));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Azure's filter verdicts kept with the sample: the inner error's content_filter_result(s), as JSON text. */
    static String filterDetails(JsonNode error) {
        ObjectNode details = Json.mapper().createObjectNode();
        JsonNode inner = error.path("innererror");
        for (String field : new String[] {"content_filter_result", "content_filter_results", "prompt_filter_results"}) {
            if (inner.has(field)) {
                details.set(field, inner.get(field));
            }
        }
        if (error.has("param")) {
            details.set("param", error.get("param"));
        }
        return Json.write(details);
    }

    private static String shorten(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() <= DETAIL_LIMIT ? line : line.substring(0, DETAIL_LIMIT) + "...";
    }

    /**
     * A 404 without an API error body came from a route the server does not have, not from an unknown model: say so,
     * and for an OpenAI route outside {@code /v1/}, that such base URLs usually end in {@code /v1}.
     */
    static String noRouteHint(String where) {
        boolean openAiOutsideV1 =
                OPENAI_ROUTE.matcher(where).find() && !where.contains("/v1/") && !where.contains("/openai/");
        return " (the server has no such route: check the URL"
                + (openAiOutsideV1 ? "; OpenAI-compatible base URLs usually end in /v1)" : ")");
    }
}
