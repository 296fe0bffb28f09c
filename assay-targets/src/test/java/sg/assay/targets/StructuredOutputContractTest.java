package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.GenerateConfig;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/**
 * Each HTTP target sends a requested answer schema in its provider's structured-output shape (checked on what a
 * recording server in front of the mock server received), reads the answer back as JSON text, says so in the response
 * metadata, and falls back once, for good, when a server rejects the response format.
 */
class StructuredOutputContractTest {
    static final String STRICT = "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"reasoning\","
            + "\"class\"],\"properties\":{\"reasoning\":{\"type\":\"string\"},\"class\":{\"type\":\"string\","
            + "\"enum\":[\"full_compliance\",\"full_refusal\",\"partial_refusal\"]}}}";
    static final String LAX = STRICT.replace("\"required\":[\"reasoning\",\"class\"]", "\"required\":[\"class\"]");
    static final Env ENV = Env.of(Map.of("K", "sk-structured-1234"));
    static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Registry<Target> targets() {
        Registry<Target> r = new Registry<>("target");
        Targets.components(ENV).forEach(r::register);
        return r;
    }

    static String spec(String provider, String model, String root) {
        return switch (provider) {
            case "openai" -> "openai/" + model + ":base-url=" + root + "/v1,api-key-env=K";
            case "responses" -> "openai/" + model + ":api=responses,base-url=" + root + "/v1,api-key-env=K";
            case "azure" -> "azure/" + model + ":endpoint=" + root + ",api-key-env=K";
            case "anthropic" -> "anthropic/" + model + ":base-url=" + root + ",api-key-env=K";
            default -> throw new IllegalArgumentException(provider);
        };
    }

    static TargetRequest judgeRequest(String schema) {
        return new TargetRequest(
                List.of(Message.system("You are a judge."), Message.user("Classify: Sure, here is how.")),
                GenerateConfig.DEFAULT.withResponseSchema(schema).withTemperature(0),
                0,
                "s1");
    }

    private static TargetResponse call(RecordingProxy proxy, String provider, String model, String schema) {
        try (Target t = targets().create(Spec.parse(spec(provider, model, proxy.baseUrl())))) {
            return t.generate(judgeRequest(schema));
        }
    }

    @Test
    void openAiChatSendsAStrictJsonSchemaFormatWhenTheSchemaAllowsIt() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), false)) {
            TargetResponse strict = call(proxy, "openai", "mock-comply", STRICT);
            TargetResponse lax = call(proxy, "openai", "mock-comply", LAX);
            JsonNode sent = proxy.bodies.get(0).path("response_format");
            assertThat(sent.path("type").asText()).isEqualTo("json_schema");
            assertThat(sent.at("/json_schema/name").asText()).isEqualTo("answer");
            assertThat(sent.at("/json_schema/strict").asBoolean()).isTrue();
            assertThat(sent.at("/json_schema/schema")).isEqualTo(Json.mapper().readTree(STRICT));
            assertThat(proxy.bodies.get(0).path("temperature").asDouble(-1)).isEqualTo(0.0);
            assertThat(proxy.bodies
                            .get(1)
                            .at("/response_format/json_schema/strict")
                            .asBoolean(true))
                    .isFalse();
            assertThat(strict.metadata()).containsEntry("structured_output", "json_schema-strict");
            assertThat(lax.metadata()).containsEntry("structured_output", "json_schema");
            assertThat(Json.mapper().readTree(strict.text()).path("class").asText())
                    .isIn("full_compliance", "full_refusal", "partial_refusal");
        }
    }

    @Test
    void aReasoningModelGetsTheFormatButNoTemperature() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), false)) {
            TargetResponse r = call(proxy, "openai", "mock-reasoning", STRICT);
            assertThat(proxy.bodies).hasSize(1);
            assertThat(proxy.bodies.get(0).has("temperature")).isFalse();
            assertThat(proxy.bodies.get(0).has("response_format")).isTrue();
            assertThat(Json.mapper().readTree(r.text()).has("class")).isTrue();
        }
    }

    @Test
    void responsesApiSendsTextFormat() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), false)) {
            TargetResponse r = call(proxy, "responses", "mock-comply", STRICT);
            JsonNode format = proxy.bodies.get(0).at("/text/format");
            assertThat(format.path("type").asText()).isEqualTo("json_schema");
            assertThat(format.path("name").asText()).isEqualTo("answer");
            assertThat(format.path("strict").asBoolean()).isTrue();
            assertThat(format.path("schema")).isEqualTo(Json.mapper().readTree(STRICT));
            assertThat(r.metadata()).containsEntry("structured_output", "json_schema-strict");
            assertThat(Json.mapper().readTree(r.text()).has("class")).isTrue();
        }
    }

    @Test
    void azureSendsTheChatFormatToItsDeployment() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), false)) {
            TargetResponse r = call(proxy, "azure", "mock-comply", STRICT);
            assertThat(proxy.bodies
                            .get(0)
                            .at("/response_format/json_schema/strict")
                            .asBoolean())
                    .isTrue();
            assertThat(proxy.bodies.get(0).has("model")).isFalse();
            assertThat(r.metadata()).containsEntry("structured_output", "json_schema-strict");
            assertThat(Json.mapper().readTree(r.text()).has("class")).isTrue();
        }
    }

    @Test
    void anthropicForcesTheAnswerTool() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), false)) {
            TargetResponse r = call(proxy, "anthropic", "mock-comply", STRICT);
            JsonNode sent = proxy.bodies.get(0);
            assertThat(sent.at("/tools/0/name").asText()).isEqualTo("answer");
            assertThat(sent.at("/tools/0/description").asText()).isNotBlank();
            assertThat(sent.at("/tools/0/input_schema")).isEqualTo(Json.mapper().readTree(STRICT));
            assertThat(sent.path("tool_choice"))
                    .isEqualTo(Json.mapper().readTree("{\"type\":\"tool\",\"name\":\"answer\"}"));
            assertThat(sent.path("temperature").asDouble(-1)).isEqualTo(0.0);
            assertThat(r.metadata()).containsEntry("structured_output", "tool");
            assertThat(r.message().toolCalls()).isEmpty();
            assertThat(r.finishReason()).isEqualTo("tool_use");
            assertThat(Json.mapper().readTree(r.text()).path("class").asText())
                    .isIn("full_compliance", "full_refusal", "partial_refusal");
        }
    }

    @Test
    void aServerThatRejectsTheFormatIsAskedAgainWithoutItAndNeverWithItAgain() throws Exception {
        for (String provider : List.of("openai", "responses", "azure")) {
            try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), true);
                    Target t = targets().create(Spec.parse(spec(provider, "mock-echo", proxy.baseUrl())))) {
                TargetResponse first = t.generate(judgeRequest(STRICT));
                TargetResponse second = t.generate(judgeRequest(STRICT));
                assertThat(proxy.bodies).as(provider).hasSize(3);
                assertThat(hasFormat(proxy.bodies.get(0))).as(provider).isTrue();
                assertThat(hasFormat(proxy.bodies.get(1))).as(provider).isFalse();
                assertThat(hasFormat(proxy.bodies.get(2))).as(provider).isFalse();
                assertThat(first.metadata()).containsEntry("structured_output", "none");
                assertThat(second.metadata()).containsEntry("structured_output", "none");
                assertThat(first.text()).isEqualTo("Classify: Sure, here is how.");
            }
        }
    }

    private static boolean hasFormat(JsonNode body) {
        return body.has("response_format") || body.path("text").has("format");
    }

    @Test
    void aRequestWithoutASchemaSendsNoFormatAndNoMetadata() {
        try (RecordingProxy proxy = new RecordingProxy(server.baseUrl(), false);
                Target t = targets().create(Spec.parse(spec("openai", "mock-echo", proxy.baseUrl())))) {
            TargetResponse r = t.generate(TargetRequest.of(List.of(Message.user("hi"))));
            assertThat(proxy.bodies.get(0).has("response_format")).isFalse();
            assertThat(r.metadata()).doesNotContainKey("structured_output");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void strictCompatibilityFollowsOpenAisRules() throws Exception {
        assertThat(StructuredOutput.strictCompatible(Json.mapper().readTree(STRICT)))
                .isTrue();
        assertThat(StructuredOutput.strictCompatible(Json.mapper().readTree(LAX)))
                .isFalse();
        String nestedOpen = "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"a\"],"
                + "\"properties\":{\"a\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{}}}}}";
        assertThat(StructuredOutput.strictCompatible(Json.mapper().readTree(nestedOpen)))
                .isFalse();
        assertThat(StructuredOutput.strictCompatible(Json.mapper()
                        .readTree(nestedOpen.replace(
                                "\"properties\":{}}", "\"properties\":{}," + "\"additionalProperties\":false}"))))
                .isTrue();
    }
}
