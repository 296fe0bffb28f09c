package sg.assay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecTest {

    @Test
    void parsesNameAndParameters() {
        Spec s = Spec.parse("mock/flaky:rate=0.1,seed=7");
        assertThat(s.name()).isEqualTo("mock/flaky");
        assertThat(s.params()).isEqualTo(Map.of("rate", "0.1", "seed", "7"));
    }

    @Test
    void aModelTagWithAColonStaysInTheName() {
        assertThat(Spec.parse("openai/llama-guard3:1b").name()).isEqualTo("openai/llama-guard3:1b");
        Spec s = Spec.parse("llama-guard/llama-guard3:1b:base-url=http://127.0.0.1:11434/v1,version=3");
        assertThat(s.name()).isEqualTo("llama-guard/llama-guard3:1b");
        assertThat(s.params()).isEqualTo(Map.of("base-url", "http://127.0.0.1:11434/v1", "version", "3"));
        assertThat(Spec.parse(s.render())).isEqualTo(s);
    }

    @Test
    void aColonBeforeAnySlashStartsTheParameters() {
        Spec s = Spec.parse("regex:pattern=^a:b");
        assertThat(s.name()).isEqualTo("regex");
        assertThat(s.param("pattern", "")).isEqualTo("^a:b");
    }

    @Test
    void quotedValuesKeepCommas() {
        Spec s = Spec.parse("judge/refusal:target=\"openai/m:base-url=http://h/v1,x=1\"");
        assertThat(s.param("target", "")).isEqualTo("openai/m:base-url=http://h/v1,x=1");
        assertThat(Spec.parse(s.render())).isEqualTo(s);
    }

    @Test
    void malformedParametersAreOneClearLine() {
        assertThatThrownBy(() -> Spec.parse("regex:=x"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("expected key=value");
    }
}
