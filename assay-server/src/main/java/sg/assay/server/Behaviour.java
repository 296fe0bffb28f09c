package sg.assay.server;

import java.util.Locale;
import java.util.Optional;

/**
 * The scripted behaviour a model name selects. Any other model name is unknown (404 {@code model_not_found}).
 *
 * <ul>
 *   <li>{@code mock-echo}: answers with the last user message.
 *   <li>{@code mock-comply}: a short deterministic answer derived from the prompt.
 *   <li>{@code mock-refuse}: always refuses in words ("I'm sorry, but I can't help with that.").
 *   <li>{@code mock-pattern-refuse}: refuses when the prompt matches the refuse pattern, else complies.
 *   <li>{@code mock-content-filter}: a prompt matching the refuse pattern is rejected with HTTP 400 code
 *       {@code content_filter}; any other answer ends with {@code finish_reason: content_filter}. On the Anthropic
 *       route it answers with {@code stop_reason: refusal}.
 *   <li>{@code mock-tools}: calls the first tool offered (or the one {@code tool_choice} names) until a tool result
 *       comes back, then complies.
 *   <li>reasoning families ({@code mock-reasoning}, {@code o1*}, {@code o3*}, {@code o4*}, {@code gpt-5*}): comply,
 *       but reject {@code max_tokens} and any {@code temperature} other than 1, as OpenAI's reasoning models do.
 *   <li>{@code llama-guard*}: answers in Llama Guard's format ({@code safe}, or {@code unsafe} and a line of category
 *       codes), see {@link GuardScript}.
 *   <li>{@code shieldgemma*}: answers {@code Yes} or {@code No} with scripted top logprobs, see {@link GuardScript}.
 * </ul>
 */
enum Behaviour {
    ECHO,
    COMPLY,
    REFUSE,
    PATTERN_REFUSE,
    CONTENT_FILTER,
    TOOLS,
    REASONING,
    LLAMA_GUARD,
    SHIELDGEMMA;

    static final String REFUSAL = "I'm sorry, but I can't help with that.";

    static Optional<Behaviour> forModel(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(
                switch (m) {
                    case "mock-echo" -> ECHO;
                    case "mock-comply" -> COMPLY;
                    case "mock-refuse" -> REFUSE;
                    case "mock-pattern-refuse" -> PATTERN_REFUSE;
                    case "mock-content-filter" -> CONTENT_FILTER;
                    case "mock-tools" -> TOOLS;
                    case "mock-reasoning" -> REASONING;
                    default ->
                        m.startsWith("llama-guard")
                                ? LLAMA_GUARD
                                : m.startsWith("shieldgemma") ? SHIELDGEMMA : isReasoningFamily(m) ? REASONING : null;
                });
    }

    private static boolean isReasoningFamily(String m) {
        return m.matches("o[134](-.*)?") || m.startsWith("gpt-5");
    }

    /** The model names that {@code GET /v1/models} lists. */
    static final java.util.List<String> LISTED = java.util.List.of(
            "mock-echo",
            "mock-comply",
            "mock-refuse",
            "mock-pattern-refuse",
            "mock-content-filter",
            "mock-tools",
            "mock-reasoning",
            "llama-guard-3-8b",
            "shieldgemma-2b");
}
