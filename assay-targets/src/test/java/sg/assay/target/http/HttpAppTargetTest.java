package sg.assay.target.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.targets.Env;

class HttpAppTargetTest {
    static MockServer server;
    static final TargetRequest CONVERSATION =
            TargetRequest.of(List.of(Message.user("first"), Message.assistant("ignored"), Message.user("second")));

    @BeforeAll
    static void start() {
        server = MockServer.start(
                MockServerOptions.builder().apiKey("app-secret-token").build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Target target(String params, Env env) {
        return HttpAppTargets.component(env).factory().apply(Spec.parse("http/app:" + params));
    }

    @Test
    void replayResetsTheSessionAndSendsEachUserTurn() {
        Env env = Env.of(Map.of("APP_TOKEN", "app-secret-token"));
        String params = "url=" + server.baseUrl() + "/app/chat,mode=replay,reset-url=" + server.baseUrl()
                + "/app/reset,template=\"{\\\"session\\\":\\\"{{session}}\\\",\\\"message\\\":\\\"{{prompt}}\\\"}\","
                + "response-path=/reply/text,headers=\"X-Api-Key: ${env:APP_TOKEN}\"";
        try (Target t = target(params, env)) {
            long before = server.requestCount();
            assertThat(t.generate(CONVERSATION).text()).isEqualTo("[turn 2] You said: second");
            assertThat(server.requestCount() - before).isEqualTo(3);
        }
    }

    @Test
    void templateModeSendsTheWholeConversation() {
        String params = "url=" + server.baseUrl() + "/app/complete,headers={\"Authorization\":\"Bearer"
                + " ${env:APP_TOKEN}\"}";
        try (Target t = target(params, Env.of(Map.of("APP_TOKEN", "app-secret-token")))) {
            assertThat(t.generate(CONVERSATION).text()).isEqualTo("[turn 2] You said: second");
        }
    }

    @Test
    void aWrongPathFailsTheSampleAndAWrongTokenIsNeverShown() {
        String url = "url=" + server.baseUrl() + "/app/complete,";
        try (Target t = target(
                url + "response-path=answer,headers=\"X-Api-Key: ${env:APP_TOKEN}\"",
                Env.of(Map.of("APP_TOKEN", "app-secret-token")))) {
            assertThatThrownBy(() -> t.generate(CONVERSATION))
                    .isInstanceOf(NonRetriableTargetException.class)
                    .hasMessageContaining("/answer");
        }
        try (Target t = target(
                url + "headers=\"X-Api-Key: ${env:APP_TOKEN}\"", Env.of(Map.of("APP_TOKEN", "wrong-token-xyz")))) {
            assertThatThrownBy(() -> t.generate(CONVERSATION))
                    .hasMessageContaining("authentication failed")
                    .hasMessageNotContaining("wrong-token-xyz");
        }
    }

    @Test
    void configMistakesAreOneLine() {
        assertThatThrownBy(() -> target("url=http://127.0.0.1:1/x,headers=\"X-Key: ${env:NOPE}\"", Env.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> target("url=http://127.0.0.1:1/x,template=\"{oops\"", Env.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("template");
    }
}
