package sg.assay.dataset.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import sg.assay.ConfigException;
import sg.assay.dataset.ContentDigest;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.DatasetLibrary;
import sg.assay.dataset.Row;
import sg.assay.dataset.Sample;
import sg.assay.dataset.SampleCollector;
import sg.assay.dataset.TaskKind;

/**
 * One import in progress: the files it reads (one file, or the matching files under a folder, in path order), the
 * samples collected from their rows, and the dataset they make. Sample ids from several files are prefixed with the
 * file's relative path so they stay unique.
 */
final class Batch {
    private static final int MAX_DEPTH = 5;

    private final String format;
    private final Path path;
    private final List<Path> files;
    private final ImportOptions options;
    private final SampleCollector collector;

    private Batch(String format, Path path, List<Path> files, ImportOptions options) {
        this.format = format;
        this.path = path;
        this.files = List.copyOf(files);
        this.options = options;
        this.collector = new SampleCollector(options.skipBadRows());
    }

    /**
     * The files of a path: the path itself when it is a file (it must be accepted), else every accepted file under it.
     *
     * @param expected what an accepted file looks like, for error messages (e.g. "MultiJail.csv")
     */
    static Batch open(String format, Path path, ImportOptions options, Predicate<Path> accept, String expected) {
        if (Files.isRegularFile(path)) {
            if (!accept.test(path)) {
                throw new ConfigException(path + " is not a " + format + " file; expected " + expected);
            }
            return new Batch(format, path, List.of(path), options);
        }
        if (!Files.isDirectory(path)) {
            throw new ConfigException("path not found: " + path);
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path, MAX_DEPTH)) {
            found = walk.filter(Files::isRegularFile)
                    .filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
                    .filter(accept)
                    .sorted((a, b) -> relative(path, a).compareTo(relative(path, b)))
                    .toList();
        } catch (IOException e) {
            throw new ConfigException("cannot list " + path + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new ConfigException("no " + format + " files in " + path + "; expected " + expected);
        }
        return new Batch(format, path, found, options);
    }

    List<Path> files() {
        return files;
    }

    ImportOptions options() {
        return options;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The name of the folder a file is in, e.g. {@code en} for {@code xsafety/en/Insult_n.csv}. */
    static String folder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : String.valueOf(parent.getFileName());
    }

    /** The folder a file is in, or the error that it has none. */
    static Path parent(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            throw new ConfigException(path + " has no parent folder");
        }
        return parent;
    }

    /** The file name without its extension, e.g. {@code ss_testcases_all}. */
    static String stem(Path file) {
        String n = String.valueOf(file.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The prefix for sample ids from this file: empty for a single-file import, else {@code <relative stem>/}. */
    String prefix(Path file) {
        if (files.size() == 1) {
            return "";
        }
        String rel = relative(path, file);
        int dot = rel.lastIndexOf('.');
        return (dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel) + "/";
    }

    void add(Row row, Function<Row, List<Sample>> convert) {
        collector.add(row, convert);
    }

    void addAll(List<Row> rows, Function<Row, List<Sample>> convert) {
        for (Row row : rows) {
            collector.add(row, convert);
        }
    }

    Imported finish(String licence, TaskKind task) {
        Dataset dataset = new Dataset(name(), ContentDigest.of(path, files), licence, collector.samples());
        return new Imported(dataset, format, path.toString(), collector.rows(), collector.badRows(), task);
    }

    private String name() {
        if (!options.name().isBlank()) {
            return DatasetLibrary.checkName(options.name());
        }
        String stem = stem(path.toAbsolutePath().normalize())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        String name =
                stem.isEmpty() || stem.equals(format) ? format : stem.startsWith(format) ? stem : format + "-" + stem;
        return DatasetLibrary.checkName(name.length() > 80 ? name.substring(0, 80) : name);
    }
}
