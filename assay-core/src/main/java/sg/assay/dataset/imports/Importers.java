package sg.assay.dataset.imports;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/** The import formats, registered explicitly by name (no scanning). */
public final class Importers {
    private final Map<String, Importer> byName = new LinkedHashMap<>();

    private Importers(List<Importer> importers) {
        for (Importer i : importers) {
            if (byName.putIfAbsent(i.name(), i) != null) {
                throw new AssayException("import format '" + i.name() + "' registered twice");
            }
        }
    }

    /** Every built-in format. */
    public static Importers builtIn() {
        return new Importers(List.of(
                new GenericImporter("csv"),
                new GenericImporter("jsonl"),
                new MultiJailImporter(),
                new XSafetyImporter(),
                new SgHateCheckImporter(),
                new SeaHateCheckImporter(),
                new SgToxicGuardImporter(),
                new SeaHelmImporter(),
                new MoonshotImporter(),
                new DoNotAnswerImporter(),
                new XsTestImporter(),
                new AdvBenchImporter(),
                new HarmBenchImporter(),
                new StrongRejectImporter(),
                new JailbreakBenchImporter(),
                new CyberSecEvalImporters.PromptInjection(),
                new CyberSecEvalImporters.FalseRefusal(),
                new BipiaImporter(),
                new InjecAgentImporter(),
                new AgentDojoImporter(),
                new TensorTrustImporter(),
                new HateSpeechLabels.Indonesian(),
                new HateSpeechLabels.ViHsd()));
    }

    public Collection<Importer> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Importer> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The importer of a format, or an error that lists the known formats. */
    public Importer get(String name) {
        return find(name)
                .orElseThrow(() -> new ConfigException(
                        "import format '" + name + "' not found; known: " + String.join(", ", byName.keySet())));
    }
}
