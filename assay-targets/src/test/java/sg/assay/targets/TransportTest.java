package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.Target;

class TransportTest {
    @Test
    void anUnknownHostStopsTheRunInOneLine() {
        try (Transport t = new Transport("openai/x", Redactor.none())) {
            assertThatThrownBy(() -> t.post(
                            URI.create("http://no-such-host.invalid/v1/chat/completions"),
                            Map.of(),
                            new byte[0],
                            Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(
                            NonRetriableTargetException.class,
                            e -> assertThat(e.scope()).isEqualTo(Scope.RUN))
                    .hasMessageContaining("unknown host no-such-host.invalid");
        }
    }

    @Test
    void theRegistryListsEveryProviderAndChecksParameters() {
        Registry<Target> registry = new Registry<>("target");
        Targets.components(Map.of()).forEach(registry::register);
        assertThat(registry.components())
                .extracting(c -> c.name())
                .containsExactly("openai/*", "azure/*", "anthropic/*", "http/*");
        assertThatThrownBy(() -> registry.create(Spec.parse("openai/gpt-4o:base_url=http://127.0.0.1:1")))
                .hasMessageContaining("unknown parameter 'base_url'");
        assertThatThrownBy(() -> registry.create(Spec.of("http/app"))).hasMessageContaining("'url'");
    }
}
