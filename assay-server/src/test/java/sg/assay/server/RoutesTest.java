package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutesTest {
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

    @Test
    void modelsListsTheScriptedModels() throws Exception {
        JsonNode r = Client.json(client.get("/v1/models"));
        assertThat(r.path("data").findValuesAsText("id")).contains("mock-echo", "mock-refuse", "mock-content-filter");
        assertThat(client.get("/v1/models/mock-echo").statusCode()).isEqualTo(200);
        assertThat(client.get("/v1/models/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void embeddingsAreDeterministicUnitVectorsInFloatOrBase64() throws Exception {
        String body = "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\"],\"dimensions\":8}";
        JsonNode r = Client.json(client.post("/v1/embeddings", body));
        JsonNode v = r.at("/data/0/embedding");
        assertThat(v).hasSize(8);
        double norm = 0;
        for (JsonNode x : v) {
            norm += x.asDouble() * x.asDouble();
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(r.at("/data/1/embedding")).isNotEqualTo(v);
        String b64 = body.replace("}", ",\"encoding_format\":\"base64\"}");
        String enc = Client.json(client.post("/v1/embeddings", b64))
                .at("/data/0/embedding")
                .asText();
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(enc)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(buf.getFloat()).isEqualTo((float) v.get(0).asDouble());
        assertThat(client.post("/v1/embeddings", "{\"model\":\"m\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void moderationsFlagPromptsMatchingTheRefusePattern() throws Exception {
        JsonNode r = Client.json(client.post("/v1/moderations", "{\"input\":[\"build a bomb\",\"bake a cake\"]}"));
        assertThat(r.at("/results/0/flagged").asBoolean()).isTrue();
        assertThat(r.at("/results/0/categories/violence").asBoolean()).isTrue();
        assertThat(r.at("/results/1/flagged").asBoolean()).isFalse();
    }

    @Test
    void responsesApiAnswersWithOutputText() throws Exception {
        String body = "{\"model\":\"mock-echo\",\"instructions\":\"be brief\",\"input\":\"ping pong\"}";
        JsonNode r = Client.json(client.post("/v1/responses", body));
        assertThat(r.at("/output/0/content/0/text").asText()).isEqualTo("ping pong");
        assertThat(r.at("/usage/output_tokens").asInt()).isEqualTo(2);
        assertThat(r.path("status").asText()).isEqualTo("completed");
        var s = client.post("/v1/responses", body.replace("}", ",\"stream\":true}"));
        assertThat(s.body()).contains("event: response.output_text.delta", "event: response.completed");
    }

    @Test
    void anthropicNeedsVersionAndMaxTokensAndPutsSystemOnTop() throws Exception {
        String ok = "{\"model\":\"mock-echo\",\"max_tokens\":50,\"system\":\"be kind\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
        assertThat(client.post("/v1/messages", ok).statusCode()).isEqualTo(400);
        var r = client.post("/v1/messages", ok, "anthropic-version", "2023-06-01");
        JsonNode body = Client.json(r);
        assertThat(body.at("/content/0/text").asText()).isEqualTo("hello");
        assertThat(body.path("stop_reason").asText()).isEqualTo("end_turn");
        String noMax = ok.replace("\"max_tokens\":50,", "");
        assertThat(client.post("/v1/messages", noMax, "anthropic-version", "2023-06-01")
                        .statusCode())
                .isEqualTo(400);
        String systemRole = "{\"model\":\"mock-echo\",\"max_tokens\":5,\"messages\":[{\"role\":\"system\","
                + "\"content\":\"x\"},{\"role\":\"user\",\"content\":\"y\"}]}";
        var bad = client.post("/v1/messages", systemRole, "anthropic-version", "2023-06-01");
        assertThat(Client.json(bad).at("/error/type").asText()).isEqualTo("invalid_request_error");
        String filtered = ok.replace("mock-echo", "mock-content-filter");
        JsonNode refusal = Client.json(client.post("/v1/messages", filtered, "anthropic-version", "2023-06-01"));
        assertThat(refusal.path("stop_reason").asText()).isEqualTo("refusal");
    }

    @Test
    void azureDeploymentsNeedAnApiVersionAndCarryFilterResults() throws Exception {
        String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
        String route = "/openai/deployments/mock-echo/chat/completions";
        assertThat(client.post(route, body).statusCode()).isEqualTo(404);
        JsonNode r = Client.json(client.post(route + "?api-version=2024-10-21", body));
        assertThat(r.at("/choices/0/message/content").asText()).isEqualTo("hello");
        assertThat(r.at("/prompt_filter_results/0/content_filter_results/violence/filtered")
                        .asBoolean())
                .isFalse();
        var missing = client.post("/openai/deployments/nope/chat/completions?api-version=2024-10-21", body);
        assertThat(Client.json(missing).at("/error/code").asText()).isEqualTo("DeploymentNotFound");
    }

    @Test
    void contentFilterBlocksPromptsWith400AndOtherAnswersWithFinishReason() throws Exception {
        String route = "/openai/deployments/mock-content-filter/chat/completions?api-version=2024-10-21";
        var blocked = client.post(route, "{\"messages\":[{\"role\":\"user\",\"content\":\"make a bomb\"}]}");
        assertThat(blocked.statusCode()).isEqualTo(400);
        JsonNode err = Client.json(blocked).path("error");
        assertThat(err.path("code").asText()).isEqualTo("content_filter");
        assertThat(err.at("/innererror/content_filter_result/violence/filtered").asBoolean())
                .isTrue();
        JsonNode cut = Client.json(client.post(route, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        assertThat(cut.at("/choices/0/finish_reason").asText()).isEqualTo("content_filter");
        assertThat(cut.at("/choices/0/content_filter_results/violence/filtered").asBoolean())
                .isTrue();
    }

    @Test
    void refusingModelsRefuseAndPatternRefusalDependsOnThePrompt() throws Exception {
        String refuse = Client.json(client.post("/v1/chat/completions", Client.chat("mock-refuse", "hello")))
                .at("/choices/0/message/content")
                .asText();
        assertThat(refuse).isEqualTo(Behaviour.REFUSAL);
        String p1 = Client.json(
                        client.post("/v1/chat/completions", Client.chat("mock-pattern-refuse", "write malware")))
                .at("/choices/0/message/content")
                .asText();
        String p2 = Client.json(client.post("/v1/chat/completions", Client.chat("mock-pattern-refuse", "write a poem")))
                .at("/choices/0/message/content")
                .asText();
        assertThat(p1).isEqualTo(Behaviour.REFUSAL);
        assertThat(p2).isNotEqualTo(Behaviour.REFUSAL).contains("write a poem");
    }

    @Test
    void theAppKeepsSessionsUntilReset() throws Exception {
        String s = "sess-" + System.nanoTime();
        client.post("/app/chat", "{\"session\":\"" + s + "\",\"message\":\"one\"}");
        JsonNode second = Client.json(client.post("/app/chat", "{\"session\":\"" + s + "\",\"message\":\"two\"}"));
        assertThat(second.at("/reply/text").asText()).isEqualTo("[turn 2] You said: two");
        JsonNode reset = Client.json(client.post("/app/reset", "{\"session\":\"" + s + "\"}"));
        assertThat(reset.path("reset").asBoolean()).isTrue();
        JsonNode again = Client.json(client.post("/app/chat", "{\"session\":\"" + s + "\",\"message\":\"three\"}"));
        assertThat(again.path("turn").asInt()).isEqualTo(1);
        JsonNode stateless = Client.json(client.post(
                "/app/complete",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"user\",\"content\":\"b\"}]}"));
        assertThat(stateless.path("output").asText()).isEqualTo("[turn 2] You said: b");
    }
}
