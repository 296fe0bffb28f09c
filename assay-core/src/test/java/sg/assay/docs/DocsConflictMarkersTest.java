package sg.assay.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The user-facing docs carry no unresolved merge conflict (a left-over {@code <<<<<<<} block reads as two truths). */
class DocsConflictMarkersTest {

    @Test
    void no_doc_has_merge_conflict_markers() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.isDirectory(root.resolve("docs"))) {
            root = root.getParent();
        }
        assumeTrue(Files.isDirectory(root.resolve("docs")), "the repository's docs folder was not found");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                scan(f, found);
            }
        }
        if (Files.isRegularFile(root.resolve("README.md"))) {
            scan(root.resolve("README.md"), found);
        }
        assertThat(found).as("merge conflict markers in the docs").isEmpty();
    }

    private static void scan(Path file, List<String> found) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ") || line.equals("<<<<<<<")) {
                found.add(file.getFileName() + ":" + (i + 1) + ": " + line);
            }
        }
    }
}
