package sg.assay.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where an export writes its JSON lines: a file, or standard output when none is given. */
final class JsonlOut {
    private JsonlOut() {}

    /** A UTF-8 writer to {@code file}, or to standard output (closing it flushes standard output). */
    static Writer open(@Nullable Path file) throws IOException {
        return file == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
