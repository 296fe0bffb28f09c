package sg.assay.finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import sg.assay.StoreException;
import sg.assay.json.Json;

/**
 * Findings saved by hand (from {@code assay redteam chat}), one JSON object per line in a file under the Assay home.
 * Findings that come from runs are not stored here: they are derived from the run store when asked for.
 */
public final class FindingStore {
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();

    public FindingStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void append(Finding finding) {
        String line = Json.write(finding) + "\n";
        lock.lock();
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StoreException("cannot save finding to " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Every saved finding, oldest first. */
    public List<Finding> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(Json.mapper().readValue(line, Finding.class));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("findings file " + file + " is damaged at line " + n, e);
        }
        return out;
    }
}
