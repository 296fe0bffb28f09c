package sg.assay.suite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import sg.assay.AssayException;
import sg.assay.ConfigException;
import sg.assay.json.Json;
import sg.assay.language.AllowList;

/**
 * Reads suites. On the classpath, a suite {@code x} is {@code suites/x/index.txt} (one intent file name per line,
 * {@code #} comments allowed) listing files under {@code suites/x/intents/}, plus optional reviewed language-check
 * exceptions in {@code suites/x/language-exceptions.yaml}; the suites themselves are listed in
 * {@code suites/index.txt}. No classpath scanning: a listed file that is missing is an error. A suite can also be read
 * from a directory, taking every {@code intents/*.yaml}, for authors checking files before they are indexed.
 */
public final class SuiteLoader {
    private final ClassLoader loader;

    public SuiteLoader(ClassLoader loader) {
        this.loader = loader;
    }

    /** A loader over the classpath that holds Assay's own suites. */
    public static SuiteLoader standard() {
        return new SuiteLoader(SuiteLoader.class.getClassLoader());
    }

    /** The suites listed in {@code suites/index.txt}. */
    public List<String> suites() {
        return lines(resource("suites/index.txt").orElse(new byte[0]));
    }

    /** The intent files a suite's index lists; an unknown suite is a user error that names the known ones. */
    public List<String> index(String suite) {
        byte[] index = resource("suites/" + suite + "/index.txt")
                .orElseThrow(() ->
                        new ConfigException("suite '" + suite + "' not found; known: " + String.join(", ", suites())));
        return lines(index);
    }

    public Suite load(String suite) {
        List<Named> files = new ArrayList<>();
        for (String file : index(suite)) {
            String path = "suites/" + suite + "/intents/" + file;
            byte[] bytes = resource(path)
                    .orElseThrow(() -> new ConfigException("suite " + suite + " lists " + file
                            + " in its index.txt but " + path + " is not on the classpath"));
            files.add(new Named(path, bytes));
        }
        AllowList exceptions = AllowList.read(loader, "suites/" + suite + "/language-exceptions.yaml");
        return build(suite, files, exceptions);
    }

    /** Reads every {@code intents/*.yaml} under a suite directory, in name order, and its exceptions file. */
    public static Suite loadDirectory(String suite, Path dir) {
        List<Named> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("intents"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(new Named(p.toString(), Files.readAllBytes(p)));
            }
            return build(suite, files, AllowList.read(dir.resolve("language-exceptions.yaml")));
        } catch (IOException e) {
            throw new ConfigException("cannot read suite directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private record Named(String path, byte[] bytes) {}

    private static Suite build(String suite, List<Named> files, AllowList exceptions) {
        List<Intent> intents = new ArrayList<>();
        MessageDigest sha = sha256();
        for (Named f : files) {
            sha.update(f.path().substring(f.path().lastIndexOf('/') + 1).getBytes(StandardCharsets.UTF_8));
            sha.update(f.bytes());
            intents.addAll(IntentFile.parse(f.path(), tree(f)));
        }
        return new Suite(suite, "sha256:" + HexFormat.of().formatHex(sha.digest()), intents, exceptions);
    }

    private static JsonNode tree(Named f) {
        try {
            JsonNode root = Json.yaml()
                    .reader()
                    .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readTree(f.bytes());
            if (root == null || !root.isObject()) {
                throw new ConfigException(f.path() + " is not a YAML mapping with category and intents");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigException(f.path() + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + f.path() + ": " + e.getMessage(), e);
        }
    }

    private Optional<byte[]> resource(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available", e);
        }
    }
}
