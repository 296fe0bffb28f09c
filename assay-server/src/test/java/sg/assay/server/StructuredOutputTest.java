package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;

/** Response formats and forced tool use: scripted models answer in the schema's shape, deterministically. */
class StructuredOutputTest {
    static final String SCHEMA = "{\"type\":\"object\",\"additionalProperties\":false,"
            + "\"required\":[\"reasoning\",\"verdict\",\"score\",\"flag\",\"p\"],\"properties\":{"
            + "\"reasoning\":{\"type\":\"string\"},\"verdict\":{\"type\":\"string\",\"enum\":[\"safe\",\"unsafe\"]},"
            + "\"score\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5},\"flag\":{\"type\":\"boolean\"},"
            + "\"p\":{\"type\":\"number\",\"minimum\":0,\"maximum\":1}}}";
    static MockServer server;
    static Client client;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.defaults());
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String chat(String model, String prompt, String format) {
        return Client.chat(model, prompt).replaceFirst("}$", ",\"response_format\":" + format + "}");
    }

    static String jsonSchema(boolean strict, String schema) {
        return "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"answer\",\"strict\":" + strict + ",\"schema\":"
                + schema + "}}";
    }

    static void assertValid(JsonNode answer) {
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SCHEMA)
                .validate(answer);
        assertThat(errors).isEmpty();
    }

    @Test
    void chatAnswersMatchTheSchemaAndAreTheSameForTheSamePrompt() throws Exception {
        String body = chat("mock-comply", "Is this response safe?", jsonSchema(true, SCHEMA));
        JsonNode r = Client.json(client.post("/v1/chat/completions", body));
        JsonNode answer =
                Json.mapper().readTree(r.at("/choices/0/message/content").asText());
        assertValid(answer);
        assertThat(answer.path("reasoning").asText()).startsWith("Sure. Here is a mock answer");
        JsonNode again = Json.mapper()
                .readTree(Client.json(client.post("/v1/chat/completions", body))
                        .at("/choices/0/message/content")
                        .asText());
        assertThat(again).isEqualTo(answer);
        var verdicts = new java.util.HashSet<String>();
        for (int i = 0; i < 20; i++) {
            String other = chat("mock-comply", "prompt " + i, jsonSchema(true, SCHEMA));
            JsonNode a = Json.mapper()
                    .readTree(Client.json(client.post("/v1/chat/completions", other))
                            .at("/choices/0/message/content")
                            .asText());
            assertValid(a);
            verdicts.add(a.path("verdict").asText());
        }
        assertThat(verdicts).containsExactlyInAnyOrder("safe", "unsafe");
    }

    @Test
    void aRefusingModelRefusesInTheRefusalField() throws Exception {
        JsonNode m = Client.json(
                        client.post("/v1/chat/completions", chat("mock-refuse", "x", jsonSchema(true, SCHEMA))))
                .at("/choices/0/message");
        assertThat(m.path("content").isNull()).isTrue();
        assertThat(m.path("refusal").asText()).isEqualTo(Behaviour.REFUSAL);
    }

    @Test
    void jsonObjectWrapsTheAnswer() throws Exception {
        JsonNode r = Client.json(
                client.post("/v1/chat/completions", chat("mock-echo", "hi there", "{\"type\":\"json_object\"}")));
        assertThat(Json.mapper()
                        .readTree(r.at("/choices/0/message/content").asText())
                        .path("answer")
                        .asText())
                .isEqualTo("hi there");
    }

    @Test
    void malformedResponseFormatsAre400InOpenAisShape() throws Exception {
        assertError(chat("mock-comply", "x", "{\"type\":\"yaml\"}"), "response_format.type", "Invalid value: 'yaml'");
        assertError(chat("mock-comply", "x", "\"json\""), "response_format", "expected an object");
        assertError(
                chat("mock-comply", "x", "{\"type\":\"json_schema\"}"),
                "response_format.json_schema",
                "Missing required parameter");
        assertError(
                chat("mock-comply", "x", "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"a b\",\"schema\":{}}}"),
                "response_format.json_schema.name",
                "does not match pattern");
        String open = SCHEMA.replace("\"additionalProperties\":false,", "");
        assertError(
                chat("mock-comply", "x", jsonSchema(true, open)),
                "response_format",
                "'additionalProperties' is required to be supplied and to be false");
        String optional = SCHEMA.replace("\"flag\",", "");
        assertError(chat("mock-comply", "x", jsonSchema(true, optional)), "response_format", "Missing 'flag'");
        HttpResponse<String> lax =
                client.post("/v1/chat/completions", chat("mock-comply", "x", jsonSchema(false, open)));
        assertThat(lax.statusCode()).isEqualTo(200);
    }

    private static void assertError(String body, String param, String message) throws Exception {
        HttpResponse<String> r = client.post("/v1/chat/completions", body);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = Client.json(r).path("error");
        assertThat(e.path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(e.path("param").asText()).isEqualTo(param);
        assertThat(e.path("message").asText()).contains(message);
    }

    @Test
    void responsesHonourTextFormat() throws Exception {
        String body = "{\"model\":\"mock-comply\",\"input\":\"judge this\",\"text\":{\"format\":{\"type\":"
                + "\"json_schema\",\"name\":\"answer\",\"strict\":true,\"schema\":" + SCHEMA + "}}}";
        JsonNode r = Client.json(client.post("/v1/responses", body));
        assertValid(Json.mapper().readTree(r.at("/output/0/content/0/text").asText()));
        HttpResponse<String> bad = client.post("/v1/responses", body.replace("json_schema", "xml"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Client.json(bad).at("/error/param").asText()).isEqualTo("text.format.type");
    }

    @Test
    void anthropicForcedToolUseAnswersWithTheToolsInput() throws Exception {
        String body = "{\"model\":\"mock-comply\",\"max_tokens\":200,\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"judge this\"}],\"tools\":[{\"name\":\"answer\",\"description\":\"d\",\"input_schema\":" + SCHEMA
                + "}],\"tool_choice\":{\"type\":\"tool\",\"name\":\"answer\"}}";
        String[] headers = {"anthropic-version", "2023-06-01"};
        JsonNode r = Client.json(client.post("/v1/messages", body, headers));
        assertThat(r.path("stop_reason").asText()).isEqualTo("tool_use");
        assertThat(r.at("/content/0/type").asText()).isEqualTo("tool_use");
        assertThat(r.at("/content/0/name").asText()).isEqualTo("answer");
        assertValid(r.at("/content/0/input"));
        assertThat(Client.json(client.post("/v1/messages", body, headers)).at("/content/0/input"))
                .isEqualTo(r.at("/content/0/input"));
        HttpResponse<String> unknown =
                client.post("/v1/messages", body.replace("\"name\":\"answer\"}}", "\"name\":\"other\"}}"), headers);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Client.json(unknown).at("/error/message").asText()).contains("Tool 'other' not found");
        String auto = body.replace("{\"type\":\"tool\",\"name\":\"answer\"}", "{\"type\":\"auto\"}");
        assertThat(Client.json(client.post("/v1/messages", auto, headers))
                        .at("/content/0/type")
                        .asText())
                .isEqualTo("text");
    }
}
