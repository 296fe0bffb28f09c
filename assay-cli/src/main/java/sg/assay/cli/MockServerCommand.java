package sg.assay.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sg.assay.ConfigException;
import sg.assay.server.Latency;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.server.WaitHint;

/** {@code assay mock-server}: an OpenAI-compatible mock server on 127.0.0.1 with scripted models and faults. */
@Command(
        name = "mock-server",
        mixinStandardHelpOptions = true,
        description = {
            "Serve OpenAI-, Anthropic- and Azure-compatible APIs on 127.0.0.1 with deterministic scripted models.",
            "Models: mock-echo, mock-comply, mock-refuse, mock-pattern-refuse, mock-content-filter, mock-tools,"
                    + " mock-reasoning (also o1*, o3*, o4*, gpt-5*).",
            "Routes: /v1/chat/completions, /v1/responses, /v1/embeddings, /v1/moderations, /v1/models, /v1/messages,"
                    + " /openai/deployments/{d}/chat/completions, /openai/v1/chat/completions, /app/chat, /app/reset,"
                    + " /app/complete, /contentsafety/text:analyze, /contentsafety/text:shieldPrompt."
        })
public final class MockServerCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init")
    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "port on 127.0.0.1 (0 = any free port; default: ${DEFAULT-VALUE})")
    int port = 8089;

    @Option(names = "--latency-ms", description = "fixed delay before every answer, in ms (default: 0)")
    long latencyMs;

    @Option(
            names = "--latency",
            paramLabel = "DIST",
            description = "latency distribution in ms: 50, uniform:10-90, normal:50,10, exponential:50,"
                    + " lognormal:50,0.5 (overrides --latency-ms)")
    String latency = "";

    @Option(names = "--chunk-delay-ms", description = "delay between streamed chunks, in ms (default: 0)")
    long chunkDelayMs;

    @Option(names = "--error-rate", description = "share of requests answered with an error (default: 0)")
    double errorRate;

    @Option(names = "--error-codes", split = ",", description = "statuses of injected errors (default: 429,500,529)")
    List<Integer> errorCodes = List.of(429, 500, 529);

    @Option(
            names = "--wait-hint",
            description = "wait hint of 429/503/529: seconds, date, ms, openai, anthropic, none (default: seconds)")
    String waitHint = "seconds";

    @Option(names = "--wait-ms", description = "wait the hint asks for, in ms (default: 1000)")
    long waitMs = 1000;

    @Option(names = "--malformed-rate", description = "share of answers with a truncated JSON body (default: 0)")
    double malformedRate;

    @Option(names = "--drop-rate", description = "share of answers whose connection drops mid-body (default: 0)")
    double dropRate;

    @Option(names = "--stall-rate", description = "share of answers that stall after the first bytes (default: 0)")
    double stallRate;

    @Option(names = "--stall-ms", description = "how long a stalled answer stalls, in ms (default: 600000)")
    long stallMs = 600_000;

    @Option(names = "--slow-rate", description = "share of answers with a slow first byte (default: 0)")
    double slowRate;

    @Option(names = "--slow-ms", description = "extra delay of a slow first byte, in ms (default: 5000)")
    long slowMs = 5000;

    @Option(
            names = "--api-key-env",
            paramLabel = "NAME",
            description = "environment variable holding the key clients must send (default: accept any key)")
    String apiKeyEnv = "";

    @Option(names = "--refuse-pattern", paramLabel = "REGEX", description = "prompts that pattern models refuse")
    String refusePattern = MockServerOptions.DEFAULT_REFUSE_PATTERN;

    @Option(names = "--seed", description = "seed of fault and latency draws (default: 42)")
    long seed = 42;

    /** Held so that the level set on Helidon's loggers is not lost to garbage collection. */
    private static final java.util.logging.Logger HELIDON = java.util.logging.Logger.getLogger("io.helidon");

    @Override
    public Integer call() throws InterruptedException {
        HELIDON.setLevel(java.util.logging.Level.WARNING);
        MockServerOptions options = options();
        CountDownLatch stopped = new CountDownLatch(1);
        MockServer server = MockServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.println("assay mock-server listening on " + server.baseUrl() + " (OpenAI base URL " + server.baseUrl()
                + "/v1); Ctrl-C to stop");
        out.flush();
        stopped.await();
        return 0;
    }

    MockServerOptions options() {
        String key = "";
        if (!apiKeyEnv.isBlank()) {
            key = System.getenv().getOrDefault(apiKeyEnv, "");
            if (key.isBlank()) {
                throw new ConfigException("--api-key-env " + apiKeyEnv + ": environment variable is not set");
            }
        }
        return MockServerOptions.builder()
                .port(port)
                .latency(latency.isBlank() ? Latency.parse(Long.toString(latencyMs)) : Latency.parse(latency))
                .chunkDelay(Duration.ofMillis(chunkDelayMs))
                .errors(errorRate, errorCodes)
                .waitHint(WaitHint.parse(waitHint), Duration.ofMillis(waitMs))
                .malformedRate(malformedRate)
                .dropRate(dropRate)
                .stall(stallRate, Duration.ofMillis(stallMs))
                .slowFirstByte(slowRate, Duration.ofMillis(slowMs))
                .apiKey(key)
                .refusePattern(refusePattern)
                .seed(seed)
                .build();
    }
}
