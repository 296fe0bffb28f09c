package sg.assay.target.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.target.GenerateConfig;
import sg.assay.target.TargetRequest;

class AnthropicMapperTest {
    @Test
    void systemGoesOnTopAndRolesAlternate() {
        var request = new TargetRequest(
                List.of(
                        Message.system("rules"),
                        Message.user("a"),
                        Message.user("b"),
                        new AssistantMessage(List.of(), List.of(new ToolCall("t1", "f", "{\"q\":1}"))),
                        new ToolMessage("t1", "f", "42", false)),
                new GenerateConfig(OptionalInt.empty(), OptionalDouble.of(1.7), GenerateConfig.DEFAULT.timeout()),
                0,
                "");
        String json = Json.write(AnthropicMapper.request(request, "claude-x", 1024));
        assertThat(json)
                .isEqualTo("{\"model\":\"claude-x\",\"max_tokens\":1024,\"system\":\"rules\",\"messages\":["
                        + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\","
                        + "\"text\":\"b\"}]},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t1\","
                        + "\"name\":\"f\",\"input\":{\"q\":1}}]},{\"role\":\"user\",\"content\":[{\"type\":"
                        + "\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"42\",\"is_error\":false}]}],"
                        + "\"temperature\":1.0}");
    }

    @Test
    void readsTextToolUseAndUsage() throws Exception {
        var r = AnthropicMapper.response(
                Json.mapper()
                        .readTree("{\"id\":\"msg_1\",\"model\":\"claude-x-1\",\"content\":[{\"type\":\"text\",\"text\":"
                                + "\"hi\"},{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{\"a\":2}}],"
                                + "\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":5,\"output_tokens\":2}}"),
                "anthropic/claude-x");
        assertThat(r.text()).isEqualTo("hi");
        assertThat(r.message().toolCalls()).containsExactly(new ToolCall("t", "f", "{\"a\":2}"));
        assertThat(r.usage().outputTokens()).isEqualTo(2);
        assertThat(r.finishReason()).isEqualTo("tool_use");
        assertThat(r.model()).isEqualTo("claude-x-1");
    }
}
