package sg.assay.target.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sg.assay.message.ToolCall;
import sg.assay.target.RetriableTargetException;

class ChatStreamTest {
    @Test
    void collectsToolCallFragmentsByIndexAndUsage() {
        ChatStream s = new ChatStream("openai/x");
        s.line(
                "data: {\"id\":\"c1\",\"model\":\"m-1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}");
        s.line("");
        s.line("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"t1\",\"function\":{\"name\":"
                + "\"get\",\"arguments\":\"{\\\"a\\\":\"}}]}}]}");
        s.line(
                "data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"1}\"}}]}}]}");
        s.line("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"tool_calls\"}]}");
        s.line("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4}}");
        s.line("data: [DONE]");
        var r = ChatMapper.response(s.completion(), "openai/x");
        assertThat(r.message().toolCalls()).containsExactly(new ToolCall("t1", "get", "{\"a\":1}"));
        assertThat(r.usage().inputTokens()).isEqualTo(9);
        assertThat(r.model()).isEqualTo("m-1");
        assertThat(r.responseId()).isEqualTo("c1");
    }

    @Test
    void aStreamCutBeforeItsFinishIsRetriable() {
        ChatStream s = new ChatStream("openai/x");
        s.line("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}");
        assertThatThrownBy(s::completion)
                .isInstanceOf(RetriableTargetException.class)
                .hasMessageContaining("ended before it was complete");
    }
}
