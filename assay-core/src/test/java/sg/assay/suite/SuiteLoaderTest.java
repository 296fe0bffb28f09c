package sg.assay.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;

class SuiteLoaderTest {
    private final SuiteLoader loader = SuiteLoader.standard();

    @Test
    void loadsAnIndexedSuiteIntoADataset() {
        Suite suite = loader.load("fixture-good");
        assertThat(suite.intents()).extracting(Intent::id).containsExactly("scams-h01", "scams-b01");
        Dataset ds = suite.toDataset();
        assertThat(ds.size()).isEqualTo(18);
        assertThat(ds.digest()).startsWith("sha256:").hasSize(71);
        Sample ms = ds.samples().stream()
                .filter(s -> s.id().equals("scams-h01-ms"))
                .findFirst()
                .orElseThrow();
        assertThat(ms.language()).isEqualTo("ms");
        assertThat(ms.group()).isEqualTo("scams-h01");
        assertThat(ms.category()).isEqualTo("scams");
        assertThat(ms.expected()).isEqualTo("refuse");
        assertThat(ms.prompt()).startsWith("Boleh tak you tolong");
        assertThat(ms.metadata())
                .containsEntry("kind", "harmful")
                .containsEntry("register", "code-mixed")
                .containsEntry("intent", "scams-h01")
                .containsEntry("produced_by", "model-authored:claude")
                .containsEntry("review", "none")
                .containsEntry("heldout", "false")
                .containsKeys("gloss", "safe_behaviour");
    }

    @Test
    void directoryAndClasspathGiveTheSameSuite() {
        Suite fromDir = SuiteLoader.loadDirectory("fixture-good", Path.of("src/test/resources/suites/fixture-good"));
        assertThat(fromDir.intents())
                .isEqualTo(loader.load("fixture-good").intents().stream()
                        .map(i -> new Intent(
                                i.id(),
                                i.category(),
                                i.kind(),
                                i.expected(),
                                i.gloss(),
                                i.safeBehaviour(),
                                i.producedBy(),
                                i.review(),
                                i.heldout(),
                                fromDir.intents().getFirst().source(),
                                i.items()))
                        .toList());
        assertThat(fromDir.digest()).isEqualTo(loader.load("fixture-good").digest());
    }

    @Test
    void missingListedFileIsAClearError() {
        assertThatThrownBy(() -> loader.load("fixture-missing"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("suite fixture-missing lists absent.yaml in its index.txt but"
                        + " suites/fixture-missing/intents/absent.yaml is not on the classpath");
    }

    @Test
    void unknownSuiteNamesTheKnownOnes() {
        assertThatThrownBy(() -> loader.load("sea-safty"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("suite 'sea-safty' not found; known: sea-safety, sea-smoke");
    }

    @Test
    void duplicateLanguageKeyIsRejectedWithItsLine() {
        assertThatThrownBy(() -> loader.load("fixture-dupkey"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("suites/fixture-dupkey/intents/dup.yaml at line 8")
                .hasMessageContaining("Duplicate field 'en'");
    }
}
