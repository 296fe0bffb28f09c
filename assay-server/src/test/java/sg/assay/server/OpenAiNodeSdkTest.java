package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The official OpenAI Node SDK as a client of the mock server. Needs {@code node} on the PATH and
 * {@code npm ci} run once in {@code assay-server/src/test/node}; skips with a message otherwise.
 */
class OpenAiNodeSdkTest {
    private static final Path DIR = Path.of("src/test/node");

    @Test
    void theNodeSdkTalksToTheMockServer() throws Exception {
        assumeTrue(nodeAvailable(), "node not found on PATH; skipping the OpenAI Node SDK check");
        assumeTrue(
                Files.isDirectory(DIR.resolve("node_modules/openai")),
                "openai npm package not installed; run: (cd assay-server/src/test/node && npm ci)");
        try (MockServer server = MockServer.start(MockServerOptions.defaults())) {
            Process p = new ProcessBuilder("node", "sdk-check.mjs", server.baseUrl())
                    .directory(DIR.toFile())
                    .redirectErrorStream(true)
                    .start();
            boolean done = p.waitFor(60, TimeUnit.SECONDS);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) {
                p.destroyForcibly();
            }
            assertThat(done).as("node finished within 60 s").isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("all checks passed");
        }
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
