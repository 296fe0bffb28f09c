package sg.assay.targets;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.ConfigException;
import sg.assay.Spec;

/**
 * Finds the secrets a target needs. Keys come only from environment variables (or files) that the configuration
 * names, never from the configuration itself; their values are never logged.
 */
public final class Secrets {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]+)}");

    private Secrets() {}

    /**
     * The API key: from the file named by {@code api-key-file}, else from the environment variable named by
     * {@code api-key-env} (default {@code defaultEnv}).
     */
    public static Optional<String> apiKey(Spec spec, Env env, String defaultEnv) {
        String file = spec.param("api-key-file", "");
        if (!file.isBlank()) {
            return Optional.of(readFile(spec, file));
        }
        return env.get(spec.param("api-key-env", defaultEnv)).map(String::strip);
    }

    /** The key, or a one-line error naming the variable to set; a loopback server may go without one. */
    public static String requireKey(Spec spec, Env env, String defaultEnv, URI base) {
        Optional<String> key = apiKey(spec, env, defaultEnv);
        if (key.isPresent()) {
            return key.get();
        }
        if (isLoopback(base)) {
            return "";
        }
        throw new ConfigException(spec.name() + " needs an API key: set environment variable "
                + spec.param("api-key-env", defaultEnv) + " (or name another with api-key-env=NAME)");
    }

    /** Replaces {@code ${env:NAME}} and {@code ${file:PATH}} in a value; a missing variable is a config error. */
    public static String expand(String value, Env env, String owner) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).strip();
            String v = m.group(1).equals("env")
                    ? env.get(name)
                            .orElseThrow(() -> new ConfigException(owner + " needs environment variable " + name
                                    + " (referenced as ${env:" + name + "})"))
                    : readFile(owner, name);
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether a value contains secret references that {@link #expand} would fill in. */
    public static boolean hasReference(String value) {
        return REFERENCE.matcher(value).find();
    }

    public static boolean isLoopback(URI uri) {
        String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String readFile(Spec spec, String file) {
        return readFile(spec.name(), file);
    }

    private static String readFile(String owner, String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException(owner + " cannot read secret file " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Parses a base URL given by the user, with a one-line error for a bad one. */
    public static URI baseUrl(String owner, String text) {
        try {
            URI uri = URI.create(text.strip().replaceAll("/+$", ""));
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException(text);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    owner + " base URL '" + Redactor.url(text) + "' is not valid; expected http(s)://host[:port]/path");
        }
    }
}
