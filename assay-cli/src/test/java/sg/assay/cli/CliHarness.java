package sg.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import sg.assay.json.Json;

/** Runs the CLI in-process against a temporary Assay home and captures what it prints. */
final class CliHarness {
    final Path home;

    CliHarness(Path home) {
        this.home = home;
    }

    /** What a command printed and returned. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    Result run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs with extra environment variables (e.g. one holding a key passphrase). */
    Result run(Map<String, String> env, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Map<String, String> all = new java.util.HashMap<>(env);
            all.put("ASSAY_HOME", home.toString());
            Wiring wiring = new Wiring(all, Clock.systemUTC());
            code = Main.run(wiring, args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The repository root, found by walking up from the working directory to the folder with docs/schemas. */
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs/schemas"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new AssertionError("repository root with docs/schemas not found");
        }
        return p;
    }

    /** Validates a JSON document against a committed schema and returns the violations. */
    static Set<ValidationMessage> validate(String schemaFile, JsonNode node) {
        Path dir = repoRoot().resolve("docs/schemas");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m ->
                        m.mapPrefix("https://assay.sg/schemas/", dir.toUri().toString())));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("https://assay.sg/schemas/" + schemaFile));
        return schema.validate(node);
    }
}
