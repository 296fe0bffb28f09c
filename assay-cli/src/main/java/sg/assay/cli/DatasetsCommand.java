package sg.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.DatasetInfo;
import sg.assay.dataset.DatasetLibrary;
import sg.assay.dataset.Sample;
import sg.assay.dataset.imports.ImportOptions;
import sg.assay.dataset.imports.Imported;
import sg.assay.dataset.imports.Importer;
import sg.assay.dataset.imports.Importers;
import sg.assay.json.Json;
import sg.assay.message.Message;

/** {@code assay datasets}: import public benchmarks and generic files, list and show what is imported. */
@Command(
        name = "datasets",
        mixinStandardHelpOptions = true,
        description = "Import, list and show datasets (used by tasks as dataset:<name>).")
public final class DatasetsCommand {
    private final DatasetLibrary library;
    private final Importers importers;
    private final Clock clock;

    @picocli.CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    public DatasetsCommand(DatasetLibrary library, Importers importers, Clock clock) {
        this.library = library;
        this.importers = importers;
        this.clock = clock;
    }

    /** The library under {@code $ASSAY_HOME/datasets} (default {@code ~/.assay/datasets}). */
    public static DatasetsCommand fromEnvironment() {
        String home = System.getenv("ASSAY_HOME");
        Path root = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".assay") : Path.of(home);
        return new DatasetsCommand(
                new DatasetLibrary(root.resolve("datasets")), Importers.builtIn(), Clock.systemUTC());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a dataset from a file or folder.")
    int importDataset(
            @Parameters(index = "0", paramLabel = "<format>", description = "see: assay datasets formats")
                    String format,
            @Parameters(index = "1", paramLabel = "<path>", description = "the file or folder to import") Path path,
            @Option(names = "--name", description = "library name (default from the path)") String[] name,
            @Option(names = "--skip-bad-rows", description = "skip malformed rows and report them") boolean skip,
            @Option(names = "--replace", description = "replace a dataset of the same name") boolean replace,
            @Option(names = "--map", description = "field mapping, e.g. input=text,label=hs") String[] map,
            @Option(names = "--mapping", description = "YAML file with the field mapping and settings") String[] yaml,
            @Option(
                            names = {"-o", "--option"},
                            description = "format option key=value (see formats)")
                    Map<String, String> extra) {
        Importer importer = importers.get(format);
        Map<String, String> params = new LinkedHashMap<>(extra == null ? Map.of() : extra);
        if (map != null && map.length > 0) {
            params.put("map", String.join(",", map));
        }
        if (yaml != null && yaml.length > 0) {
            params.put("mapping", yaml[yaml.length - 1]);
        }
        checkParams(importer, params);
        String n = name == null || name.length == 0 ? "" : name[name.length - 1];
        Imported imported = importer.read(path, new ImportOptions(n, skip, params));
        DatasetInfo info = imported.info(clock.instant());
        library.save(imported.dataset(), info, replace);
        printImport(info, imported);
        return 0;
    }

    private static void checkParams(Importer importer, Map<String, String> params) {
        List<String> known = importer.params().stream().map(Param::name).toList();
        for (String key : params.keySet()) {
            if (!known.contains(key)) {
                throw new ConfigException("option '" + key + "' not known for format " + importer.name() + "; known: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
    }

    private void printImport(DatasetInfo info, Imported imported) {
        PrintWriter out = out();
        out.printf(
                "imported %s (%s): %d samples from %d rows%n", info.name(), info.format(), info.samples(), info.rows());
        out.printf("  task:      %s%n", info.task().label());
        out.printf("  languages: %s%n", counts(info.languages()));
        out.printf("  labels:    %s%n", info.labels().isEmpty() ? "(none)" : counts(info.labels()));
        out.printf("  digest:    %s%n", info.digest());
        out.printf("  licence:   %s%n", info.licence());
        out.printf("  use it as: dataset:%s%n", info.name());
        if (!imported.skipped().isEmpty()) {
            err().printf(
                            "skipped %d malformed rows; first:%n",
                            imported.skipped().count());
            imported.skipped().first().forEach(l -> err().println("  " + l));
        }
        out.flush();
        err().flush();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List imported datasets.")
    int list(@Option(names = "--json", description = "print JSON") boolean json) {
        List<DatasetInfo> all = library.list();
        if (json) {
            out().println(Json.writePretty(all));
        } else if (all.isEmpty()) {
            out().println("no datasets in " + library.dir()
                    + "; import one with: assay datasets import <format> <path>");
        } else {
            out().printf("%-32s %-18s %8s  %-18s %s%n", "NAME", "FORMAT", "SAMPLES", "TASK", "LANGUAGES");
            for (DatasetInfo i : all) {
                out().printf(
                                "%-32s %-18s %8d  %-18s %s%n",
                                i.name(),
                                i.format(),
                                i.samples(),
                                i.task().label(),
                                String.join(",", i.languageTags()));
            }
        }
        out().flush();
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a dataset, or one of its samples.")
    int show(
            @Parameters(paramLabel = "<name>") String name,
            @Option(names = "--sample", paramLabel = "K", description = "a sample id, or its 1-based position")
                    String[] sample,
            @Option(names = "--json", description = "print JSON") boolean json) {
        DatasetInfo info = library.info(name);
        if (sample == null || sample.length == 0) {
            out().println(json ? Json.writePretty(info) : describe(info));
        } else {
            Sample s = pick(library.load(name), sample[sample.length - 1]);
            out().println(json ? Json.writePretty(s) : describe(s));
        }
        out().flush();
        return 0;
    }

    @Command(name = "formats", mixinStandardHelpOptions = true, description = "List the import formats.")
    int formats() {
        for (Importer i : importers.all()) {
            out().printf("%-18s %s%n", i.name(), i.description());
            for (Param p : i.params()) {
                out().printf(
                                "%-18s   -o %s=...  %s (default: %s)%n",
                                "", p.name(), p.description(), p.defaultValue().isEmpty() ? "none" : p.defaultValue());
            }
        }
        out().flush();
        return 0;
    }

    private static Sample pick(Dataset d, String key) {
        for (Sample s : d.samples()) {
            if (s.id().equals(key)) {
                return s;
            }
        }
        try {
            int k = Integer.parseInt(key.strip());
            if (k >= 1 && k <= d.size()) {
                return d.samples().get(k - 1);
            }
        } catch (NumberFormatException e) {
            // not a position either
        }
        throw new ConfigException(
                "sample '" + key + "' not found in " + d.name() + "; give an id or a position 1.." + d.size());
    }

    private static String describe(DatasetInfo i) {
        List<String> lines = new ArrayList<>();
        lines.add(i.name() + " (" + i.format() + ")");
        lines.add("  source:     " + i.source());
        lines.add("  digest:     " + i.digest());
        lines.add("  samples:    " + i.samples() + " from " + i.rows() + " rows"
                + (i.skipped() > 0 ? " (" + i.skipped() + " malformed rows skipped)" : ""));
        lines.add("  task:       " + i.task().label());
        lines.add("  languages:  " + counts(i.languages()));
        lines.add("  categories: " + (i.categories().isEmpty() ? "(none)" : counts(i.categories())));
        lines.add("  labels:     " + (i.labels().isEmpty() ? "(none)" : counts(i.labels())));
        lines.add("  licence:    " + i.licence());
        lines.add("  imported:   " + i.importedAt());
        return String.join("\n", lines);
    }

    private static String describe(Sample s) {
        List<String> lines = new ArrayList<>();
        lines.add("id:       " + s.id());
        lines.add("language: " + s.language() + "   category: " + s.category() + "   group: " + s.group());
        lines.add("expected: " + s.expected());
        for (Message m : s.input()) {
            lines.add("[" + m.role() + "] " + m.text());
        }
        s.metadata().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add("  " + e.getKey() + " = " + e.getValue()));
        return String.join("\n", lines);
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
