package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;

/**
 * A judge validation run whose judge stops answering (401, a run-level error) after 10 of 30 samples fails, is
 * resumed with {@code assay runs resume}, judges only the 20 missing samples, and reports exactly what an uninterrupted
 * validation of the same data reports.
 */
class ValidationResumeTest {
    @TempDir
    Path tmp;

    /** Forwards to the mock server while {@code allowed} lasts, then answers 401; counts what it forwarded. */
    static final class Gate implements AutoCloseable {
        final AtomicInteger allowed = new AtomicInteger();
        final AtomicInteger forwarded = new AtomicInteger();
        private final HttpServer server;
        private final HttpClient client = HttpClient.newHttpClient();
        private final String upstream;

        Gate(String upstream) throws IOException {
            this.upstream = upstream;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        }

        private void handle(HttpExchange ex) throws IOException {
            byte[] body = ex.getRequestBody().readAllBytes();
            int status = 401;
            byte[] answer =
                    "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"
                            .getBytes(StandardCharsets.UTF_8);
            if (allowed.getAndDecrement() > 0) {
                try {
                    HttpResponse<byte[]> r = client.send(
                            HttpRequest.newBuilder(URI.create(upstream + ex.getRequestURI()))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    status = r.statusCode();
                    answer = r.body();
                    forwarded.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            ex.sendResponseHeaders(status, answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(answer);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void aFailedValidationRunResumesWithoutLosingOrRepeatingWork() throws IOException {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            data.append(Json.write(Map.of(
                            "id", "item-" + i,
                            "input", "Statement number " + i + " about group " + (i % 7),
                            "gold", i % 3 == 0 ? "hateful" : "non-hateful",
                            "response", "A reply to statement " + i)))
                    .append('\n');
        }
        Path file = tmp.resolve("labelled.jsonl");
        Files.writeString(file, data);
        CliHarness cli = new CliHarness(tmp.resolve("home"));
        try (MockServer server = MockServer.start(MockServerOptions.defaults());
                Gate gate = new Gate(server.baseUrl())) {
            String scorer = "judge/classify:target=\"openai/mock-comply:base-url=" + gate.base()
                    + "\",labels=hateful|non-hateful";
            String[] validate = {
                "judge",
                "validate",
                "--scorer",
                scorer,
                "--data",
                file.toString(),
                "--map",
                "expected=gold",
                "--response-field",
                "response",
                "--label-source",
                "human",
                "--max-connections",
                "1",
                "--json",
                "--store",
                tmp.resolve("runs.db").toString()
            };
            gate.allowed.set(10);
            CliHarness.Result failed = cli.run(validate);
            assertThat(failed.exit()).as(failed.err()).isEqualTo(1);
            assertThat(failed.err()).contains("resume with: assay runs resume val-");
            assertThat(gate.forwarded.get()).isEqualTo(10);
            String id = failed.err().replaceAll("(?s).*resume with: assay runs resume (val-\\S+).*", "$1");

            gate.allowed.set(1_000);
            CliHarness.Result resumed = cli.run(
                    "runs",
                    "resume",
                    id,
                    "--json",
                    "--store",
                    tmp.resolve("runs.db").toString());
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            assertThat(gate.forwarded.get())
                    .as("each sample judged exactly once")
                    .isEqualTo(30);
            JsonNode after = resumed.json();
            assertThat(after.path("run_id").asText()).isEqualTo(id);
            assertThat(after.at("/overall/n").asLong()).isEqualTo(30);

            CliHarness.Result again = cli.run(
                    "runs",
                    "resume",
                    id,
                    "--json",
                    "--store",
                    tmp.resolve("runs.db").toString());
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(gate.forwarded.get())
                    .as("a finished validation is not judged again")
                    .isEqualTo(30);

            String[] fresh = validate.clone();
            fresh[fresh.length - 1] = tmp.resolve("fresh.db").toString();
            CliHarness.Result whole = cli.run(fresh);
            assertThat(whole.exit()).as(whole.err()).isZero();
            assertThat(gate.forwarded.get()).isEqualTo(60);
            assertThat(withoutId(after)).isEqualTo(withoutId(whole.json()));
            assertThat(withoutId(again.json())).isEqualTo(withoutId(whole.json()));
        }
    }

    private static JsonNode withoutId(JsonNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("run_id");
        return copy;
    }
}
