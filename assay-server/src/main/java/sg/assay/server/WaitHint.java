package sg.assay.server;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import sg.assay.ConfigException;

/** The way an injected rate-limit or overload error tells the client how long to wait, as real providers do. */
public enum WaitHint {
    /** {@code Retry-After: 2} (whole seconds). */
    SECONDS,
    /** {@code Retry-After: Tue, 24 Nov 2026 10:00:02 GMT} (an HTTP date). */
    DATE,
    /** {@code retry-after-ms: 2000}, as OpenAI sends. */
    MS,
    /** {@code x-ratelimit-reset-requests: 2s} and {@code x-ratelimit-reset-tokens} in OpenAI's duration format. */
    OPENAI,
    /** {@code anthropic-ratelimit-requests-reset}: an RFC 3339 instant. */
    ANTHROPIC,
    /** No hint at all. */
    NONE;

    public static WaitHint parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "wait hint '" + text + "' not known; known: seconds, date, ms, openai, anthropic, none");
        }
    }

    /** The response headers that carry a wait of {@code wait} from {@code now}. */
    public Map<String, String> headers(Duration wait, Instant now) {
        Map<String, String> h = new LinkedHashMap<>();
        switch (this) {
            case SECONDS -> h.put("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
            case DATE ->
                h.put(
                        "Retry-After",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                now.plus(wait).plusSeconds(1).atOffset(ZoneOffset.UTC)));
            case MS -> h.put("retry-after-ms", Long.toString(wait.toMillis()));
            case OPENAI -> {
                h.put("x-ratelimit-remaining-requests", "0");
                h.put("x-ratelimit-reset-requests", openAiDuration(wait));
                h.put("x-ratelimit-remaining-tokens", "1000");
                h.put("x-ratelimit-reset-tokens", "20ms");
            }
            case ANTHROPIC -> {
                h.put("anthropic-ratelimit-requests-remaining", "0");
                h.put("anthropic-ratelimit-requests-reset", now.plus(wait).toString());
            }
            case NONE -> {}
        }
        return h;
    }

    /** OpenAI's Go-style duration text, e.g. {@code 6m0s}, {@code 1.5s}, {@code 20ms}. */
    static String openAiDuration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        long minutes = ms / 60_000;
        double seconds = (ms % 60_000) / 1000.0;
        String s = seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
        return (minutes > 0 ? minutes + "m" : "") + s + "s";
    }
}
