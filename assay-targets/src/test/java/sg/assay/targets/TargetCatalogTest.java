package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.Target;

class TargetCatalogTest {
    private static final String YAML = """
            targets:
              bot:
                target: http/support
                url: http://127.0.0.1:1/app/chat
                template: {session: "{{session}}", message: "{{prompt}}"}
                response-path: reply.text
              gpt:
                target: openai/mock-echo
                api-key-env: MY_KEY
            """;

    @Test
    void namesResolveToProviderSpecsWithCommandLineOverrides() {
        TargetCatalog c = TargetCatalog.parse("targets.yaml", YAML);
        assertThat(c.names()).containsExactlyInAnyOrder("bot", "gpt");
        Spec bot = c.resolve(Spec.parse("bot:url=http://127.0.0.1:2/app/chat")).orElseThrow();
        assertThat(bot.name()).isEqualTo("http/support");
        assertThat(bot.params())
                .containsEntry("url", "http://127.0.0.1:2/app/chat")
                .containsEntry("template", "{\"session\":\"{{session}}\",\"message\":\"{{prompt}}\"}");
        assertThat(c.resolve(Spec.of("openai/gpt-4o"))).isEmpty();
    }

    @Test
    void keysInTheFileAreRefused() {
        String yaml = "targets:\n  x:\n    target: openai/gpt-4o\n    api-key: sk-abc\n";
        assertThatThrownBy(() -> TargetCatalog.parse("t.yaml", yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api-key-env")
                .hasMessageNotContaining("sk-abc");
        assertThatThrownBy(() -> TargetCatalog.parse("t.yaml", "targets:\n  x:\n    url: y\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("provider/model");
    }

    @Test
    void namedTargetsRegisterAsComponentsAndAnswer() {
        try (MockServer server = MockServer.start(MockServerOptions.defaults())) {
            String yaml = YAML.replace("http://127.0.0.1:1", server.baseUrl());
            Env env = Env.of(Map.of());
            var providers = Targets.components(env);
            Registry<Target> registry = new Registry<>("target");
            providers.forEach(registry::register);
            TargetCatalog.parse("targets.yaml", yaml).components(providers).forEach(registry::register);
            try (Target bot = registry.create(Spec.of("bot"))) {
                assertThat(bot.generate(TargetContract.ask("hi there")).text())
                        .isEqualTo("[turn 1] You said: hi there");
            }
            try (Target gpt = registry.create(Spec.parse("gpt:base-url=" + server.baseUrl() + "/v1"))) {
                assertThat(gpt.generate(TargetContract.ask("echo me")).text()).isEqualTo("echo me");
            }
        }
    }
}
