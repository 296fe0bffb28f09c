package sg.assay.report.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.target.Usage;

class PriceTableTest {
    @TempDir
    Path dir;

    @Test
    void should_mark_the_bundled_prices_as_dated_examples() {
        Price p = PriceTable.bundled().lookup("openai/gpt-4o-mini").orElseThrow();
        assertThat(p.source()).startsWith("bundled example prices as of 20");
        assertThat(p.cost(new Usage(2_000_000, 1_000_000, 3))).isEqualTo(2 * 0.15 + 0.60);
    }

    @Test
    void should_let_a_user_file_extend_and_override_entries() throws Exception {
        Path f = dir.resolve("prices.yaml");
        Files.writeString(f, """
                as-of: "2026-02-01"
                currency: SGD
                models:
                  openai/gpt-4o-mini: {input: 1.0, output: 2.0}
                  mock/*: {input: 0.5, output: 0.5}
                  my-model: {input: 3, output: 4, currency: EUR}
                """);
        PriceTable t = PriceTable.bundled().extendedBy(PriceTable.load(f));
        assertThat(t.lookup("openai/gpt-4o-mini").orElseThrow().inputPerMillion())
                .isEqualTo(1.0);
        assertThat(t.lookup("openai/gpt-4o-mini").orElseThrow().currency()).isEqualTo("SGD");
        assertThat(t.lookup("openai/gpt-4o").orElseThrow().inputPerMillion()).isEqualTo(2.50);
        assertThat(t.lookup("mock/echo").orElseThrow().key()).isEqualTo("mock/*");
        assertThat(t.lookup("vllm/my-model").orElseThrow().currency()).isEqualTo("EUR");
        assertThat(t.lookup("http/app")).isEmpty();
        assertThat(t.lookup("mock/echo").orElseThrow().source()).contains("prices.yaml", "2026-02-01");
    }

    @Test
    void should_name_the_entry_when_a_price_is_malformed() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "models:\n  x/y: {input: cheap, output: 1}\n");
        assertThatThrownBy(() -> PriceTable.load(f))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'x/y'");
        assertThatThrownBy(() -> PriceTable.load(dir.resolve("none.yaml"))).hasMessageContaining("not found");
    }
}
