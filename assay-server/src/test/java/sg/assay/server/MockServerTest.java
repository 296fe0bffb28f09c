package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MockServerTest {
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
    void echoesTheLastUserMessageWithUsageAndTheDatedModel() throws Exception {
        var r = client.post("/v1/chat/completions", Client.chat("mock-echo", "hello there world"));
        JsonNode body = Client.json(r);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("hello there world");
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(body.at("/usage/completion_tokens").asInt()).isEqualTo(3);
        assertThat(body.at("/usage/prompt_tokens").asInt()).isEqualTo(6);
        assertThat(body.path("model").asText()).isEqualTo("mock-echo-2026-01-01");
        assertThat(body.path("system_fingerprint").asText()).isNotBlank();
        assertThat(r.headers().firstValue("x-request-id")).isPresent();
    }

    @Test
    void answersAreTheSameForTheSamePromptAndDifferForAnother() throws Exception {
        String a = Client.json(client.post("/v1/chat/completions", Client.chat("mock-comply", "tell me a story")))
                .at("/choices/0/message/content")
                .asText();
        String b = Client.json(client.post("/v1/chat/completions", Client.chat("mock-comply", "tell me a story")))
                .at("/choices/0/message/content")
                .asText();
        String c = Client.json(client.post("/v1/chat/completions", Client.chat("mock-comply", "tell me a joke")))
                .at("/choices/0/message/content")
                .asText();
        assertThat(a).isEqualTo(b).isNotEqualTo(c).contains("tell me a story");
    }

    @Test
    void rejectsAMissingModelOrMessagesWithOpenAisErrorShape() throws Exception {
        var noModel = client.post("/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(Client.json(noModel).at("/error/type").asText()).isEqualTo("invalid_request_error");
        var noMessages = client.post("/v1/chat/completions", "{\"model\":\"mock-echo\"}");
        assertThat(noMessages.statusCode()).isEqualTo(400);
        assertThat(Client.json(noMessages).at("/error/code").asText()).isEqualTo("missing_required_parameter");
        assertThat(Client.json(noMessages).at("/error/param").asText()).isEqualTo("messages");
        var broken = client.post("/v1/chat/completions", "{\"model\":");
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    void unknownModelIs404ModelNotFound() throws Exception {
        var r = client.post("/v1/chat/completions", Client.chat("gpt-nope", "hi"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Client.json(r).at("/error/code").asText()).isEqualTo("model_not_found");
    }

    @Test
    void reasoningModelsRejectMaxTokensAndTemperature() throws Exception {
        String base = "{\"model\":\"o3-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]";
        assertThat(client.post("/v1/chat/completions", base + ",\"max_tokens\":5}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.post("/v1/chat/completions", base + ",\"temperature\":0.2}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.post("/v1/chat/completions", base + ",\"max_completion_tokens\":5}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void maxTokensCutsTheAnswerWithFinishReasonLength() throws Exception {
        String body = "{\"model\":\"mock-echo\",\"max_tokens\":2,\"messages\":[{\"role\":\"user\",\"content\":\"a b c"
                + " d\"}]}";
        JsonNode r = Client.json(client.post("/v1/chat/completions", body));
        assertThat(r.at("/choices/0/message/content").asText()).isEqualTo("a b");
        assertThat(r.at("/choices/0/finish_reason").asText()).isEqualTo("length");
    }

    @Test
    void streamsChunksWithUsageAndDone() throws Exception {
        String body = "{\"model\":\"mock-echo\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"one two three\"}]}";
        var r = client.post("/v1/chat/completions", body);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        List<String> data = new ArrayList<>();
        for (String line : r.body().split("\n")) {
            if (line.startsWith("data: ")) {
                data.add(line.substring(6));
            }
        }
        assertThat(data.getLast()).isEqualTo("[DONE]");
        StringBuilder text = new StringBuilder();
        for (String d : data.subList(0, data.size() - 1)) {
            sg.assay.json.Json.mapper()
                    .readTree(d)
                    .path("choices")
                    .forEach(c -> text.append(c.at("/delta/content").asText("")));
        }
        assertThat(text).hasToString("one two three");
        JsonNode usage = sg.assay.json.Json.mapper().readTree(data.get(data.size() - 2));
        assertThat(usage.path("choices")).isEmpty();
        assertThat(usage.at("/usage/completion_tokens").asInt()).isEqualTo(3);
    }

    @Test
    void streamOptionsWithoutStreamIsRejected() throws Exception {
        String body = "{\"model\":\"mock-echo\",\"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
        assertThat(client.post("/v1/chat/completions", body).statusCode()).isEqualTo(400);
    }

    @Test
    void logprobsListTopAlternatives() throws Exception {
        String body = "{\"model\":\"mock-echo\",\"logprobs\":true,\"top_logprobs\":3,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi you\"}]}";
        JsonNode r = Client.json(client.post("/v1/chat/completions", body));
        JsonNode content = r.at("/choices/0/logprobs/content");
        assertThat(content).hasSize(2);
        assertThat(content.get(1).path("token").asText()).isEqualTo(" you");
        assertThat(content.get(1).path("top_logprobs")).hasSize(3);
        assertThat(content.get(0).path("logprob").asDouble()).isLessThanOrEqualTo(0);
        String bad =
                "{\"model\":\"mock-echo\",\"top_logprobs\":3,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
        assertThat(client.post("/v1/chat/completions", bad).statusCode()).isEqualTo(400);
    }

    @Test
    void mockToolsCallsTheOfferedToolThenUsesItsResult() throws Exception {
        String tools = "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"parameters\":"
                + "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"},\"n\":{\"type\":\"integer\"}},"
                + "\"required\":[\"q\",\"n\"]}}}]";
        String first =
                "{\"model\":\"mock-tools\"," + tools + ",\"messages\":[{\"role\":\"user\",\"content\":\"weather\"}]}";
        JsonNode r = Client.json(client.post("/v1/chat/completions", first));
        assertThat(r.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        JsonNode call = r.at("/choices/0/message/tool_calls/0");
        assertThat(call.at("/function/name").asText()).isEqualTo("lookup");
        assertThat(call.at("/function/arguments").asText()).isEqualTo("{\"q\":\"weather\",\"n\":1}");
        String second = "{\"model\":\"mock-tools\"," + tools + ",\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"weather\"},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" + call
                + "]},{\"role\":\"tool\",\"tool_call_id\":\"" + call.path("id").asText()
                + "\",\"content\":\"sunny\"}]}";
        JsonNode r2 = Client.json(client.post("/v1/chat/completions", second));
        assertThat(r2.at("/choices/0/message/content").asText()).isEqualTo("The tool returned: sunny");
    }

    @Test
    void aPortInUseIsAOneLineError() {
        var options = MockServerOptions.builder().port(server.port()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MockServer.start(options))
                .isInstanceOf(sg.assay.ConfigException.class)
                .hasMessageContaining("127.0.0.1:" + server.port());
    }
}
