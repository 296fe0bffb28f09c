package sg.assay.targets;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long a server asked us to wait, in this order: {@code retry-after-ms}, {@code Retry-After} (seconds or
 * an HTTP date), OpenAI's {@code x-ratelimit-reset-requests}/{@code -tokens} (e.g. {@code 6m0s}, {@code 1.5s},
 * {@code 20ms}) and Anthropic's {@code anthropic-ratelimit-*-reset} (RFC 3339). For the last two, the limit that is
 * used up (remaining 0) decides; otherwise the longest wait does.
 */
public final class WaitHints {
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|µs|ns)");
    private static final List<String> ANTHROPIC_LIMITS = List.of("requests", "tokens", "input-tokens", "output-tokens");

    private WaitHints() {}

    public static Optional<Duration> parse(HttpHeaders headers, Instant now) {
        Optional<Duration> ms = headers.firstValue("retry-after-ms").flatMap(WaitHints::millis);
        if (ms.isPresent()) {
            return ms;
        }
        Optional<Duration> retryAfter = headers.firstValue("retry-after").flatMap(v -> retryAfter(v, now));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        Optional<Duration> openAi = pick(
                headers,
                List.of("requests", "tokens"),
                k -> "x-ratelimit-remaining-" + k,
                k -> headers.firstValue("x-ratelimit-reset-" + k).flatMap(WaitHints::goDuration));
        if (openAi.isPresent()) {
            return openAi;
        }
        return pick(
                headers,
                ANTHROPIC_LIMITS,
                k -> "anthropic-ratelimit-" + k + "-remaining",
                k -> headers.firstValue("anthropic-ratelimit-" + k + "-reset").flatMap(v -> instant(v, now)));
    }

    private static Optional<Duration> pick(
            HttpHeaders headers,
            List<String> kinds,
            java.util.function.Function<String, String> remainingHeader,
            java.util.function.Function<String, Optional<Duration>> reset) {
        Optional<Duration> exhausted = Optional.empty();
        Optional<Duration> longest = Optional.empty();
        for (String k : kinds) {
            Optional<Duration> d = reset.apply(k);
            if (d.isEmpty()) {
                continue;
            }
            if (headers.firstValue(remainingHeader.apply(k)).filter("0"::equals).isPresent()) {
                exhausted = max(exhausted, d.get());
            }
            longest = max(longest, d.get());
        }
        return exhausted.isPresent() ? exhausted : longest;
    }

    private static Optional<Duration> max(Optional<Duration> a, Duration b) {
        return Optional.of(a.filter(x -> x.compareTo(b) >= 0).orElse(b));
    }

    static Optional<Duration> millis(String v) {
        try {
            double ms = Double.parseDouble(v.strip());
            return ms >= 0 ? Optional.of(Duration.ofNanos((long) (ms * 1_000_000))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> retryAfter(String v, Instant now) {
        String t = v.strip();
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(t) * 1000)));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Parses a Go-style duration such as {@code 6m0s}, {@code 1.5s}, {@code 20ms} or {@code 1h2m3s}. */
    static Optional<Duration> goDuration(String v) {
        String t = v.strip();
        Matcher m = GO_DURATION.matcher(t);
        double nanos = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return Optional.empty();
            }
            double n = Double.parseDouble(m.group(1));
            nanos += n
                    * switch (m.group(2)) {
                        case "h" -> 3.6e12;
                        case "m" -> 6e10;
                        case "s" -> 1e9;
                        case "ms" -> 1e6;
                        case "us", "µs" -> 1e3;
                        default -> 1;
                    };
            end = m.end();
        }
        return end == t.length() && end > 0 ? Optional.of(Duration.ofNanos((long) nanos)) : Optional.empty();
    }

    static Optional<Duration> instant(String v, Instant now) {
        try {
            return Optional.of(nonNegative(
                    Duration.between(now, OffsetDateTime.parse(v.strip()).toInstant())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
