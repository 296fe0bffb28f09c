package sg.assay.target.embedhead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;
import sg.assay.json.Json;

/** docs/schemas/embed-head.schema.json describes the files {@link HeadFitter} writes and {@link HeadFile} reads. */
class HeadFileSchemaTest {
    static Path schemaDir() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("docs/schemas"))) {
            p = p.getParent();
        }
        return p.resolve("docs/schemas");
    }

    static JsonSchema schema() {
        Path dir = schemaDir();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m ->
                        m.mapPrefix("https://assay.sg/schemas/", dir.toUri().toString())));
        return factory.getSchema(SchemaLocation.of("https://assay.sg/schemas/embed-head.schema.json"));
    }

    static ObjectNode file() {
        ObjectNode f = HeadFitter.file("m", 2, true);
        HeadFitter.addLogistic(f, "binary", HarmCategory.UNSAFE, new double[] {0.5, -0.25, 0.1});
        HeadFitter.addSoftmax(
                f,
                "hateful",
                HarmCategory.HATE,
                List.of(Severity.NONE, Severity.MEDIUM, Severity.HIGH),
                new double[][] {{0, 0, 0}, {1, 0, -1}, {0, 1, -2}});
        ((ObjectNode) f.get("heads").get(0)).put("severity", "high").put("threshold", 0.7);
        return f;
    }

    @Test
    void what_the_fitter_writes_is_valid_and_loads() throws Exception {
        ObjectNode f = file();
        assertThat(schema().validate(f)).isEmpty();
        Path tmp = Files.createTempFile("head", ".json");
        try {
            Files.writeString(tmp, Json.write(f));
            assertThat(HeadFile.load(tmp).heads()).hasSize(2);
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void the_schema_lists_exactly_the_common_categories() throws Exception {
        JsonNode root = Json.mapper()
                .readTree(schemaDir().resolve("embed-head.schema.json").toFile());
        List<String> listed = new java.util.ArrayList<>();
        root.path("$defs").path("category").path("enum").forEach(n -> listed.add(n.asText()));
        assertThat(listed)
                .containsExactlyElementsOf(java.util.Arrays.stream(HarmCategory.values())
                        .map(HarmCategory::label)
                        .toList());
    }

    @Test
    void the_schema_rejects_what_the_loader_rejects() {
        ObjectNode badCategory = file();
        ((ObjectNode) badCategory.get("heads").get(0)).put("category", "toxic");
        ObjectNode softmaxWithBias = file();
        ((ObjectNode) softmaxWithBias.get("heads").get(1)).put("bias", 0);
        JsonNode noFormat = file().without("format");

        assertThat(schema().validate(badCategory)).isNotEmpty();
        assertThat(schema().validate(softmaxWithBias)).isNotEmpty();
        assertThat(schema().validate(noFormat)).isNotEmpty();
    }
}
