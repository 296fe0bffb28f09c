package sg.assay.redteam.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.imports.ImportOptions;
import sg.assay.dataset.imports.Importers;

/** The public jailbreak sets in {@code ../shared/datasets}, read through the importers, become templates. */
class PublicTemplateSetsTest {

    private static Path shared(String relative) {
        Optional<Path> root = Optional.empty();
        String prop = System.getProperty("assay.datasets");
        if (prop != null && !prop.isBlank()) {
            root = Optional.of(Path.of(prop));
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null && root.isEmpty(); dir = dir.getParent()) {
                Path candidate = dir.resolveSibling("shared").resolve("datasets");
                if (dir.getParent() != null && Files.isDirectory(candidate)) {
                    root = Optional.of(candidate);
                }
            }
        }
        assumeTrue(root.isPresent(), "shared datasets not found at ../shared/datasets (or -Dassay.datasets)");
        Path p = root.get().resolve(relative);
        assumeTrue(Files.exists(p), "shared dataset not found: " + p);
        return p;
    }

    @Test
    void should_turn_the_moonshot_dan_prompts_into_templates() {
        Path file = shared("moonshot-data/jailbreak-dan.json");
        Dataset dan = Importers.builtIn()
                .get("moonshot")
                .read(file, ImportOptions.defaults())
                .dataset();
        TemplateLibrary lib = TemplateLibrary.fromDataset(dan, "dan");
        assertThat(lib.all()).hasSize(dan.size()).hasSizeGreaterThan(10);
        assertThat(lib.all()).allSatisfy(t -> {
            assertThat(t.text()).endsWith("{prompt}");
            assertThat(t.fill("BEHAVIOUR-X")).endsWith("BEHAVIOUR-X");
        });
    }

    @Test
    void should_put_the_behaviour_where_the_jailbreakbench_goal_was() {
        Path dir = shared("jailbreakbench-artifacts/attack-artifacts/JBC");
        Dataset jbc = Importers.builtIn()
                .get("jailbreakbench")
                .read(dir, ImportOptions.defaults())
                .dataset();
        TemplateLibrary lib = TemplateLibrary.fromDataset(jbc, "jbc");
        long slotted = lib.all().stream()
                .filter(t -> !t.text().endsWith("\n\n{prompt}"))
                .count();
        assertThat(slotted)
                .as("templates whose goal was replaced in place")
                .isGreaterThan(lib.all().size() / 2);
    }
}
