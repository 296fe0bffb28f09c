package sg.assay.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed index of every shipped suite lists exactly the intent files in its source directory. */
class SuiteIndexTest {
    private static final Path SOURCES = Path.of("src/main/resources/suites");

    @Test
    void indexesMatchTheIntentDirectories() throws IOException {
        SuiteLoader loader = SuiteLoader.standard();
        assertThat(loader.suites()).containsExactly("sea-safety", "sea-smoke");
        for (String suite : loader.suites()) {
            Path dir = SOURCES.resolve(suite).resolve("intents");
            List<String> onDisk = List.of();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    onDisk = s.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml"))
                            .sorted()
                            .toList();
                }
            }
            assertThat(loader.index(suite).stream().sorted().toList())
                    .as("suites/%s/index.txt must list exactly the files in %s", suite, dir)
                    .isEqualTo(onDisk);
        }
    }
}
