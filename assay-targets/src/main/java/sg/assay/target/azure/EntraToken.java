package sg.assay.target.azure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import sg.assay.ConfigException;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;

/**
 * An Entra ID bearer token printed by a command (e.g. {@code az account get-access-token --resource
 * https://cognitiveservices.azure.com --query accessToken -o tsv}), run again when the cached token is older than
 * its lifetime. The token itself is never logged.
 */
final class EntraToken {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private final List<String> command;
    private final Duration lifetime;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private String token = "";
    private Instant fetched = Instant.MIN;

    EntraToken(String command, Duration lifetime, Clock clock) {
        this.command = List.of("sh", "-c", command);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The cached token, or a fresh one when it has expired. */
    String get() {
        lock.lock();
        try {
            Instant now = clock.instant();
            if (token.isEmpty() || fetched.plus(lifetime).isBefore(now)) {
                token = run();
                fetched = now;
            }
            return token;
        } finally {
            lock.unlock();
        }
    }

    private String run() {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new NonRetriableTargetException("token command timed out after 60 s", Scope.RUN);
            }
            String t = new String(out, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || t.isEmpty()) {
                throw new ConfigException(
                        "token command failed (exit " + p.exitValue() + "); check token-command or use token-env");
            }
            return t;
        } catch (IOException e) {
            throw new ConfigException("cannot run token command: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NonRetriableTargetException("token command interrupted", Scope.RUN, e);
        }
    }
}
