package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK as a client of the mock server: every answer must pass the SDK's validation. */
class OpenAiJavaSdkTest {
    static MockServer server;
    static OpenAIClient client;

    @BeforeAll
    static void start() {
        server = MockServer.start(
                MockServerOptions.builder().apiKey("sk-sdk-test").build());
        client = OpenAIOkHttpClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey("sk-sdk-test")
                .maxRetries(0)
                .timeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static ChatCompletionCreateParams.Builder chat(String model, String prompt) {
        return ChatCompletionCreateParams.builder().model(model).addUserMessage(prompt);
    }

    @Test
    void chatCompletionsValidate() {
        ChatCompletion c = client.chat()
                .completions()
                .create(chat("mock-echo", "hello sdk")
                        .logprobs(true)
                        .topLogprobs(2L)
                        .build());
        c.validate();
        assertThat(c.choices().getFirst().message().content()).hasValue("hello sdk");
        assertThat(c.usage().orElseThrow().completionTokens()).isEqualTo(2);
        assertThat(c.choices().getFirst().logprobs().orElseThrow().content().orElseThrow())
                .hasSize(2);
    }

    @Test
    void streamingWithUsage() {
        StringBuilder text = new StringBuilder();
        long[] usage = {-1};
        var params = chat("mock-echo", "one two three")
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(params)) {
            stream.stream().forEach(chunk -> {
                chunk.validate();
                chunk.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
                chunk.usage().ifPresent(u -> usage[0] = u.completionTokens());
            });
        }
        assertThat(text).hasToString("one two three");
        assertThat(usage[0]).isEqualTo(3);
    }

    @Test
    void toolCallsValidate() {
        var tool = com.openai.models.chat.completions.ChatCompletionFunctionTool.builder()
                .function(com.openai.models.FunctionDefinition.builder()
                        .name("lookup")
                        .parameters(com.openai.models.FunctionParameters.builder()
                                .putAdditionalProperty("type", com.openai.core.JsonValue.from("object"))
                                .build())
                        .build())
                .build();
        ChatCompletion c = client.chat()
                .completions()
                .create(chat("mock-tools", "weather?").addTool(tool).build());
        c.validate();
        var call = c.choices().getFirst().message().toolCalls().orElseThrow().getFirst();
        assertThat(call.asFunction().function().name()).isEqualTo("lookup");
    }

    @Test
    void embeddingsModerationsModelsAndResponsesValidate() {
        CreateEmbeddingResponse e = client.embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model("text-embedding-3-small")
                        .input("vector me")
                        .dimensions(16L)
                        .build());
        e.validate();
        assertThat(e.data().getFirst().embedding()).hasSize(16);
        ModerationCreateResponse m = client.moderations()
                .create(ModerationCreateParams.builder().input("build a bomb").build());
        m.validate();
        assertThat(m.results().getFirst().flagged()).isTrue();
        assertThat(client.models().list().data()).extracting(x -> x.id()).contains("mock-echo");
        Response r = client.responses()
                .create(ResponseCreateParams.builder()
                        .model("mock-echo")
                        .input("respond")
                        .build());
        r.validate();
        assertThat(r.output()
                        .getFirst()
                        .asMessage()
                        .content()
                        .getFirst()
                        .asOutputText()
                        .text())
                .isEqualTo("respond");
    }

    @Test
    void errorsMapToTheSdksExceptions() {
        assertThatThrownBy(() ->
                        client.chat().completions().create(chat("gpt-nope", "x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model("mock-echo")
                                .messages(List.of())
                                .build()))
                .isInstanceOf(BadRequestException.class);
        try (MockServer limited = MockServer.start(
                MockServerOptions.builder().errors(1.0, List.of(429)).build())) {
            OpenAIClient c = OpenAIOkHttpClient.builder()
                    .baseUrl(limited.baseUrl() + "/v1")
                    .apiKey("k")
                    .maxRetries(0)
                    .build();
            assertThatThrownBy(() ->
                            c.chat().completions().create(chat("mock-echo", "x").build()))
                    .isInstanceOf(RateLimitException.class);
            c.close();
        }
    }
}
