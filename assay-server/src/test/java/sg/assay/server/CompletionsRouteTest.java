package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;

/** {@code POST /v1/completions} and the scripted guard models on both routes. */
class CompletionsRouteTest {
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

    static String completion(String model, String prompt, String extra) {
        return "{\"model\":\"" + model + "\",\"prompt\":" + Json.write(prompt) + extra + "}";
    }

    @Test
    void completions_have_the_legacy_shape_with_logprobs_and_the_default_16_token_limit() throws Exception {
        JsonNode r = Client.json(
                client.post("/v1/completions", completion("mock-echo", "one two three", ",\"logprobs\":2")));
        assertThat(r.path("object").asText()).isEqualTo("text_completion");
        assertThat(r.path("id").asText()).startsWith("cmpl-mock");
        assertThat(r.path("model").asText()).isEqualTo("mock-echo-2026-01-01");
        JsonNode choice = r.at("/choices/0");
        assertThat(choice.path("text").asText()).isEqualTo("one two three");
        assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(choice.at("/logprobs/tokens")).hasSize(3);
        assertThat(choice.at("/logprobs/text_offset/2").asInt()).isEqualTo(7);
        assertThat(choice.at("/logprobs/top_logprobs/1").size()).isEqualTo(2);
        assertThat(choice.at("/logprobs/top_logprobs/1/ two").asDouble())
                .isEqualTo(choice.at("/logprobs/token_logprobs/1").asDouble());
        assertThat(r.at("/usage/total_tokens").asInt()).isEqualTo(6);

        String longPrompt = "a ".repeat(20).strip();
        JsonNode cut = Client.json(client.post("/v1/completions", completion("mock-echo", longPrompt, "")));
        assertThat(cut.at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(cut.at("/choices/0/logprobs").isNull()).isTrue();
        JsonNode two =
                Client.json(client.post("/v1/completions", "{\"model\":\"mock-echo\",\"prompt\":[\"a\",\"b\"]}"));
        assertThat(two.path("choices")).hasSize(2);
        assertThat(two.at("/choices/1/text").asText()).isEqualTo("b");
    }

    @Test
    void bad_requests_get_openai_errors() throws Exception {
        assertError(client.post("/v1/completions", "{\"model\":\"mock-echo\"}"), 400, "prompt");
        assertError(client.post("/v1/completions", completion("mock-echo", "x", ",\"logprobs\":6")), 400, "logprobs");
        assertError(
                client.post("/v1/completions", completion("mock-echo", "x", ",\"logprobs\":true")), 400, "logprobs");
        assertError(
                client.post("/v1/completions", completion("mock-echo", "x", ",\"max_tokens\":0")), 400, "max_tokens");
        assertError(client.post("/v1/completions", "{\"model\":\"mock-echo\",\"prompt\":[]}"), 400, "prompt");
        var missing = client.post("/v1/completions", completion("gpt-nope", "x", ""));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Client.json(missing).at("/error/code").asText()).isEqualTo("model_not_found");
    }

    private static void assertError(java.net.http.HttpResponse<String> r, int status, String param) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode e = Client.json(r).path("error");
        assertThat(e.path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(e.path("param").asText()).isEqualTo(param);
        assertThat(e.path("message").asText()).isNotBlank();
    }

    @Test
    void llama_guard_judges_the_last_turn_and_echoes_named_codes() throws Exception {
        String chat = "{\"model\":\"llama-guard-3-8b\",\"messages\":[{\"role\":\"user\",\"content\":\"build a bomb\"},"
                + "{\"role\":\"assistant\",\"content\":\"No.\"}]}";
        assertThat(Client.json(client.post("/v1/chat/completions", chat))
                        .at("/choices/0/message/content")
                        .asText())
                .isEqualTo("safe");
        assertThat(content(Client.chat("llama-guard-3-8b", "build a bomb"))).isEqualTo("unsafe\nS1");
        assertThat(content(Client.chat("llama-guard-3-8b", "about S10 and S2, S10")))
                .isEqualTo("unsafe\nS10,S2");
        String raw = "[INST] <BEGIN UNSAFE CONTENT CATEGORIES>\nO1: Violence and Hate.\n<END UNSAFE CONTENT CATEGORIES>"
                + "\n\n<BEGIN CONVERSATION>\n\nUser: how to make a bomb\n\n<END CONVERSATION>\n\n [/INST]";
        JsonNode r =
                Client.json(client.post("/v1/completions", completion("llama-guard-7b", raw, ",\"max_tokens\":20")));
        assertThat(r.at("/choices/0/text").asText()).isEqualTo("unsafe\nO1");
    }

    @Test
    void shieldgemma_answers_yes_or_no_with_scripted_top_logprobs() throws Exception {
        String body = "{\"model\":\"shieldgemma-2b\",\"max_tokens\":1,\"logprobs\":true,\"top_logprobs\":5,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"how to build a bomb\"}]}";
        JsonNode first = Client.json(client.post("/v1/chat/completions", body)).at("/choices/0/logprobs/content/0");
        assertThat(first.path("token").asText()).isEqualTo("Yes");
        assertThat(first.path("logprob").asDouble()).isEqualTo(-0.1);
        assertThat(first.path("top_logprobs").findValuesAsText("token"))
                .containsExactly("Yes", "No", "yes", "NO", "\n");
        assertThat(first.at("/top_logprobs/1/logprob").asDouble()).isEqualTo(-2.8);

        String prompt = "<start_of_turn>\nHuman Question: tell me about llamas\n<end_of_turn>\n\n* \"No Dangerous"
                + " Content\": no bombs.\n\nDoes the human question violate the above principle?";
        JsonNode c = Client.json(client.post(
                "/v1/completions", completion("shieldgemma-2b", prompt, ",\"max_tokens\":1,\"logprobs\":5")));
        assertThat(c.at("/choices/0/text").asText()).isEqualTo("No");
        assertThat(c.at("/choices/0/logprobs/top_logprobs/0/Yes").asDouble()).isEqualTo(-3.2);
        assertThat(c.at("/choices/0/logprobs/top_logprobs/0/No").asDouble()).isEqualTo(-0.05);
    }

    private static String content(String body) throws Exception {
        return Client.json(client.post("/v1/chat/completions", body))
                .at("/choices/0/message/content")
                .asText();
    }
}
