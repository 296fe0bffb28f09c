package sg.assay.server;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import sg.assay.ConfigException;

/**
 * How a {@link MockServer} behaves. Rates are probabilities per request in [0, 1]; at most one fault applies to a
 * request, checked in the order error, malformed body, dropped connection, stall, slow first byte.
 *
 * @param port the port to bind on 127.0.0.1, 0 for any free port
 * @param latency the delay before every answer
 * @param chunkDelay the delay between streamed chunks
 * @param errorRate the share of requests answered with an error status chosen from {@code errorStatuses}
 * @param errorStatuses the statuses injected errors use, e.g. 429, 500, 529
 * @param waitHint how 429, 503 and 529 errors say how long to wait
 * @param waitTime the wait the hint asks for
 * @param malformedRate the share of answers whose JSON body is cut short (with a matching Content-Length)
 * @param dropRate the share of answers where the connection is closed half-way through the body
 * @param stallRate the share of answers that send half the body (or the first stream chunk) and then stall
 * @param stallTime how long a stalled answer stalls before the connection is closed
 * @param slowRate the share of answers delayed by a further {@code slowTime} before the first byte
 * @param slowTime the extra delay of a slow first byte
 * @param apiKey the key clients must send, or empty to accept any key (or none)
 * @param refusePattern the prompts {@code mock-pattern-refuse} refuses and {@code mock-content-filter} filters
 * @param seed the seed of the fault and latency random source
 */
public record MockServerOptions(
        int port,
        Latency latency,
        Duration chunkDelay,
        double errorRate,
        List<Integer> errorStatuses,
        WaitHint waitHint,
        Duration waitTime,
        double malformedRate,
        double dropRate,
        double stallRate,
        Duration stallTime,
        double slowRate,
        Duration slowTime,
        String apiKey,
        Pattern refusePattern,
        long seed) {

    public static final String DEFAULT_REFUSE_PATTERN =
            "(?i)\\b(bombs?|weapons?|malware|exploits?|poison|kill|hack|meth|ransomware)\\b";

    public MockServerOptions {
        if (port < 0 || port > 65_535) {
            throw new ConfigException("port must be between 0 and 65535: " + port);
        }
        rate("error-rate", errorRate);
        rate("malformed-rate", malformedRate);
        rate("drop-rate", dropRate);
        rate("stall-rate", stallRate);
        rate("slow-rate", slowRate);
        errorStatuses = List.copyOf(errorStatuses);
        if (errorStatuses.isEmpty()) {
            throw new ConfigException("error statuses must not be empty; e.g. 429,500,529");
        }
        for (int s : errorStatuses) {
            if (s < 400 || s > 599) {
                throw new ConfigException("error status must be between 400 and 599: " + s);
            }
        }
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new ConfigException(name + " must be between 0 and 1: " + value);
        }
    }

    public static MockServerOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; every setting has a default, so {@code builder().build()} is a fault-free server. */
    public static final class Builder {
        private int port;
        private Latency latency = Latency.NONE;
        private Duration chunkDelay = Duration.ZERO;
        private double errorRate;
        private List<Integer> errorStatuses = List.of(429, 500, 529);
        private WaitHint waitHint = WaitHint.SECONDS;
        private Duration waitTime = Duration.ofSeconds(1);
        private double malformedRate;
        private double dropRate;
        private double stallRate;
        private Duration stallTime = Duration.ofMinutes(10);
        private double slowRate;
        private Duration slowTime = Duration.ofSeconds(5);
        private String apiKey = "";
        private Pattern refusePattern = Pattern.compile(DEFAULT_REFUSE_PATTERN);
        private long seed = 42;

        private Builder() {}

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder latency(Latency value) {
            latency = value;
            return this;
        }

        public Builder chunkDelay(Duration value) {
            chunkDelay = value;
            return this;
        }

        public Builder errors(double rate, List<Integer> statuses) {
            errorRate = rate;
            errorStatuses = statuses;
            return this;
        }

        public Builder waitHint(WaitHint hint, Duration wait) {
            waitHint = hint;
            waitTime = wait;
            return this;
        }

        public Builder malformedRate(double value) {
            malformedRate = value;
            return this;
        }

        public Builder dropRate(double value) {
            dropRate = value;
            return this;
        }

        public Builder stall(double rate, Duration time) {
            stallRate = rate;
            stallTime = time;
            return this;
        }

        public Builder slowFirstByte(double rate, Duration time) {
            slowRate = rate;
            slowTime = time;
            return this;
        }

        public Builder apiKey(String value) {
            apiKey = value;
            return this;
        }

        public Builder refusePattern(String regex) {
            refusePattern = Pattern.compile(regex);
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public MockServerOptions build() {
            return new MockServerOptions(
                    port,
                    latency,
                    chunkDelay,
                    errorRate,
                    errorStatuses,
                    waitHint,
                    waitTime,
                    malformedRate,
                    dropRate,
                    stallRate,
                    stallTime,
                    slowRate,
                    slowTime,
                    apiKey,
                    refusePattern,
                    seed);
        }
    }
}
