package sg.assay.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.Spec;
import sg.assay.json.Json;

/** The built-in deterministic scorers: exact, includes, regex, json and json-schema. */
public final class Scorers {
    private Scorers() {}

    private static final Param IGNORE_CASE = Param.optional("ignore-case", "compare case-insensitively", "false");

    public static List<Component<Scorer>> components() {
        return List.of(
                Component.of(
                        "exact",
                        "1 when the output equals the sample's expected answer (trimmed)",
                        List.of(IGNORE_CASE),
                        Scorers::exact),
                Component.of(
                        "includes",
                        "1 when the output contains the expected answer (or the text parameter)",
                        List.of(IGNORE_CASE, Param.optional("text", "text to look for instead of expected", "")),
                        Scorers::includes),
                Component.of(
                        "regex",
                        "1 when the pattern is found in the output",
                        List.of(Param.required("pattern", "a Java regular expression"), IGNORE_CASE),
                        Scorers::regex),
                Component.of(
                        "json",
                        "1 when the output is valid JSON (code fences allowed)",
                        List.of(),
                        spec -> of(
                                "json",
                                "valid JSON",
                                (output, sample) -> parse(output).isPresent()
                                        ? Score.binary("json", true, "valid", "output parses as JSON")
                                        : Score.binary("json", false, "invalid", "output is not valid JSON"))),
                Component.of(
                        "json-schema",
                        "1 when the output is JSON that validates against a JSON Schema",
                        List.of(Param.required("schema", "path of a JSON Schema file (draft 2020-12)")),
                        Scorers::jsonSchema));
    }

    /** A scorer from a function of the output text and the sample. */
    static Scorer of(
            String name, String meaning, java.util.function.BiFunction<String, sg.assay.dataset.Sample, Score> f) {
        return new Scorer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Score score(sg.assay.solve.TaskState state, sg.assay.dataset.Sample sample) {
                return f.apply(state.output(), sample);
            }

            @Override
            public String meaning() {
                return meaning;
            }
        };
    }

    private static String norm(String s, boolean ignoreCase) {
        String t = s.strip();
        return ignoreCase ? t.toLowerCase(Locale.ROOT) : t;
    }

    static Scorer exact(Spec spec) {
        boolean ic = spec.boolParam("ignore-case", false);
        return of("exact", "exact match", (out, sample) -> {
            boolean ok = !sample.expected().isEmpty() && norm(out, ic).equals(norm(sample.expected(), ic));
            return Score.binary(
                    "exact",
                    ok,
                    ok ? "match" : "no-match",
                    sample.expected().isEmpty()
                            ? "sample has no expected answer"
                            : ok ? "output equals expected" : "output differs from expected");
        });
    }

    static Scorer includes(Spec spec) {
        boolean ic = spec.boolParam("ignore-case", false);
        String fixed = spec.param("text", "");
        return of("includes", "output includes the expected text", (out, sample) -> {
            String needle = fixed.isEmpty() ? sample.expected() : fixed;
            boolean ok = !needle.isEmpty() && norm(out, ic).contains(norm(needle, ic));
            return Score.binary(
                    "includes",
                    ok,
                    ok ? "found" : "not-found",
                    needle.isEmpty() ? "nothing to look for" : ok ? "expected text found" : "expected text not found");
        });
    }

    static Scorer regex(Spec spec) {
        String p = spec.require("pattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(
                    p, spec.boolParam("ignore-case", false) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new ConfigException("regex pattern does not compile: " + p + " (" + e.getDescription() + ")");
        }
        return of("regex", "pattern found", (out, sample) -> {
            boolean ok = pattern.matcher(out).find();
            return Score.binary("regex", ok, ok ? "match" : "no-match", ok ? "pattern found" : "pattern not found");
        });
    }

    static Optional<JsonNode> parse(String output) {
        String t = output.strip();
        if (t.startsWith("```")) {
            int nl = t.indexOf('\n');
            int end = t.lastIndexOf("```");
            if (nl > 0 && end > nl) {
                t = t.substring(nl + 1, end).strip();
            }
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readTree(t));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Scorer jsonSchema(Spec spec) {
        Path file = Path.of(spec.require("schema"));
        JsonSchema schema;
        try {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read JSON Schema file " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ConfigException("not a valid JSON Schema: " + file + " (" + e.getMessage() + ")");
        }
        return of("json-schema", "output validates against the schema", (out, sample) -> {
            Optional<JsonNode> node = parse(out);
            if (node.isEmpty()) {
                return Score.binary("json-schema", false, "invalid", "output is not valid JSON");
            }
            Set<ValidationMessage> errors = schema.validate(node.get());
            return errors.isEmpty()
                    ? Score.binary("json-schema", true, "valid", "output validates against " + file.getFileName())
                    : new Score(
                            "json-schema",
                            0,
                            "schema-violation",
                            errors.iterator().next().getMessage(),
                            Map.of("violations", String.valueOf(errors.size())));
        });
    }
}
