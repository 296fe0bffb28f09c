package sg.assay.target.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.message.UserMessage;
import sg.assay.target.GenerateConfig;
import sg.assay.target.ProviderBlockedException;

class ChatMapperTest {
    @Test
    void writesMessagesToolsAndImagesAsOpenAiDoes() {
        var config = new GenerateConfig(OptionalInt.of(20), OptionalDouble.of(0.5), GenerateConfig.DEFAULT.timeout());
        var messages = List.<Message>of(
                Message.system("sys"),
                new UserMessage(List.of(new Part.Text("look"), new Part.Image("https://x/i.png", "image/png"))),
                new AssistantMessage(List.of(), List.of(new ToolCall("c1", "f", "{\"a\":1}"))),
                new ToolMessage("c1", "f", "done", false));
        String json = Json.write(ChatMapper.request(messages, config, "gpt-4o", false, true, false, null));
        assertThat(json)
                .isEqualTo("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"sys\"},"
                        + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"look\"},{\"type\":\"image_url\","
                        + "\"image_url\":{\"url\":\"https://x/i.png\"}}]},{\"role\":\"assistant\",\"tool_calls\":[{\"id\":"
                        + "\"c1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"}}]},"
                        + "{\"role\":\"tool\",\"content\":\"done\",\"tool_call_id\":\"c1\"}],\"max_tokens\":20,"
                        + "\"temperature\":0.5}");
        String reasoning = Json.write(ChatMapper.request(messages, config, null, true, false, true, null));
        assertThat(reasoning)
                .contains("\"max_completion_tokens\":20", "\"stream\":true,\"stream_options\":{\"include_usage\":true}")
                .doesNotContain("temperature", "\"model\"");
    }

    @Test
    void readsTheAnswerModelFingerprintAndToolCalls() {
        String body = "{\"id\":\"chatcmpl-1\",\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_1\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":"
                + "\"c9\",\"type\":\"function\",\"function\":{\"name\":\"get\",\"arguments\":\"{}\"}}]},"
                + "\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":4}}";
        var r = ChatMapper.response(Json.read(body, ChatWire.Completion.class), "openai/gpt-4o");
        assertThat(r.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(r.responseId()).isEqualTo("chatcmpl-1");
        assertThat(r.metadata()).containsEntry("system_fingerprint", "fp_1");
        assertThat(r.message().toolCalls()).containsExactly(new ToolCall("c9", "get", "{}"));
        assertThat(r.usage().inputTokens()).isEqualTo(11);
        assertThat(r.finishReason()).isEqualTo("tool_calls");
    }

    @Test
    void aContentFilterFinishIsABlockThatKeepsTheVerdicts() {
        String body = "{\"choices\":[{\"message\":{\"content\":\"Here\"},\"finish_reason\":\"content_filter\","
                + "\"content_filter_results\":{\"violence\":{\"filtered\":true}}}],\"prompt_filter_results\":[]}";
        assertThatThrownBy(() -> ChatMapper.response(Json.read(body, ChatWire.Completion.class), "azure/x"))
                .isInstanceOfSatisfying(
                        ProviderBlockedException.class,
                        e -> assertThat(e.details())
                                .isEqualTo("{\"prompt_filter_results\":[],\"content_filter_results\":{\"violence\":"
                                        + "{\"filtered\":true}}}"));
    }
}
