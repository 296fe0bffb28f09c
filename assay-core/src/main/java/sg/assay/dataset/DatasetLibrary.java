package sg.assay.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import sg.assay.ConfigException;
import sg.assay.StoreException;
import sg.assay.json.Json;

/**
 * The imported datasets on this machine: one directory per dataset under a home directory (by default
 * {@code ~/.assay/datasets}), holding {@code samples.jsonl} and {@code dataset.json} ({@link DatasetInfo}). A task
 * names one as {@code dataset:<name>}.
 */
public final class DatasetLibrary {
    /** The prefix by which a task refers to an imported dataset. */
    public static final String PREFIX = "dataset:";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final String INFO = "dataset.json";
    private static final String SAMPLES = "samples.jsonl";

    private final Path dir;

    public DatasetLibrary(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Checks a dataset name: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw new ConfigException("dataset name '" + name
                    + "' is not valid; use lowercase letters, digits, '.', '_' and '-' (e.g. multijail-th)");
        }
        return name;
    }

    /** Stores a dataset and what is known about it, replacing an existing one of that name only when asked. */
    public void save(Dataset dataset, DatasetInfo info, boolean replace) {
        String name = checkName(info.name());
        if (!name.equals(dataset.name())) {
            throw new IllegalArgumentException("info names " + name + " but dataset is " + dataset.name());
        }
        Path target = dir.resolve(name);
        if (Files.exists(target) && !replace) {
            throw new ConfigException(
                    "dataset '" + name + "' already exists in " + dir + "; choose another --name or " + "replace it");
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempDirectory(dir, "." + name + ".");
            writeSamples(tmp.resolve(SAMPLES), dataset.samples());
            Files.writeString(tmp.resolve(INFO), Json.writePretty(info), StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot store dataset '" + name + "' in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeSamples(Path file, List<Sample> samples) throws IOException {
        ObjectWriter writer = Json.mapper().writer();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Sample s : samples) {
                out.write(writer.writeValueAsString(s));
                out.write('\n');
            }
        }
    }

    /** Every stored dataset, by name. */
    public List<DatasetInfo> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<DatasetInfo> infos = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.sorted().toList()) {
                String n = String.valueOf(p.getFileName());
                if (NAME.matcher(n).matches() && Files.isRegularFile(p.resolve(INFO))) {
                    infos.add(readInfo(p.resolve(INFO)));
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list datasets in " + dir + ": " + e.getMessage(), e);
        }
        infos.sort(Comparator.comparing(DatasetInfo::name));
        return infos;
    }

    public Optional<DatasetInfo> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path info = dir.resolve(name).resolve(INFO);
        return Files.isRegularFile(info) ? Optional.of(readInfo(info)) : Optional.empty();
    }

    /** The stored dataset's info, or an error that lists what is stored. */
    public DatasetInfo info(String name) {
        return find(name)
                .orElseThrow(() -> new ConfigException("dataset '" + name + "' not found in " + dir
                        + "; known: "
                        + String.join(
                                ", ", list().stream().map(DatasetInfo::name).toList())
                        + " (import one with: assay datasets import <format> <path>)"));
    }

    /** The samples of a stored dataset. */
    public Dataset load(String name) {
        DatasetInfo info = info(name);
        Path file = dir.resolve(name).resolve(SAMPLES);
        ObjectMapper mapper = Json.mapper();
        List<Sample> samples = new ArrayList<>();
        long line = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    samples.add(mapper.readValue(text, Sample.class));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigException c && line == 0) {
                throw c;
            }
            throw new StoreException(
                    "stored dataset '" + name + "' is damaged at " + file + ":" + line + "; import it again", e);
        }
        return new Dataset(info.name(), info.digest(), info.licence(), samples);
    }

    /** Whether a task's dataset text refers to the library ({@code dataset:<name>}). */
    public static boolean isReference(String text) {
        return text.startsWith(PREFIX);
    }

    /** Loads the dataset a {@code dataset:<name>} reference names. */
    public Dataset resolve(String reference) {
        if (!isReference(reference)) {
            throw new ConfigException("'" + reference + "' is not a dataset reference; expected dataset:<name>");
        }
        return load(reference.substring(PREFIX.length()).strip());
    }

    private static DatasetInfo readInfo(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), DatasetInfo.class);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
