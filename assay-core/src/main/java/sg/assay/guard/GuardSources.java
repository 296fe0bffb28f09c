package sg.assay.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.suite.Intent;
import sg.assay.suite.IntentItem;
import sg.assay.suite.Suite;
import sg.assay.suite.SuiteLoader;

/**
 * The data the guard learns from and is measured on. Training uses only data a redistributed model may come from:
 * Assay's own {@code sea-safety} suite and permissively licensed sets whose authors state no use restriction. Sets
 * without a licence, with a non-commercial or research-only condition, and the held-out {@code sea-smoke} suite are
 * used for measurement only.
 */
public final class GuardSources {
    static final String SEA_SMOKE = "sea-smoke";

    private GuardSources() {}

    /** The sets the shipped model is trained on (all of them, split by intent into train, validation and test). */
    public static List<GuardSource> training() {
        return List.of(
                new GuardSource("sea-safety", "Assay project (own suite)", true, d -> suite("sea-safety")),
                new GuardSource("sea-helm-cultural", "MIT", true, SharedReaders::seaHelm),
                new GuardSource("xstest", "CC-BY-4.0", true, SharedReaders::xstest),
                new GuardSource("do-not-answer", "Apache-2.0", true, SharedReaders::doNotAnswer),
                new GuardSource("advbench", "MIT", true, SharedReaders::advbench),
                new GuardSource("harmbench", "MIT", true, SharedReaders::harmbench),
                new GuardSource("mlc-ailuminate-practice", "CC-BY-4.0", true, SharedReaders::mlcommons),
                new GuardSource("singapore-safety-questions", "Apache-2.0", true, SharedReaders::singaporeQuestions));
    }

    /** Sets used only to measure: never trained on, never used to choose λ or the threshold. */
    public static List<GuardSource> measurementOnly() {
        return List.of(
                new GuardSource(SEA_SMOKE, "Assay project (own suite, held out)", false, d -> suite(SEA_SMOKE)),
                new GuardSource(
                        "multijail",
                        "MIT, with an academic-and-ethical-use statement (not trained on)",
                        false,
                        SharedReaders::multiJail));
    }

    /** The examples of a bundled suite: group {@code suite:<intent>}, language the item's tag. */
    static List<GuardExample> suite(String name) {
        Suite suite = SuiteLoader.standard().load(name);
        List<GuardExample> out = new ArrayList<>();
        for (Intent intent : suite.intents()) {
            for (IntentItem item : intent.items()) {
                out.add(new GuardExample(
                        item.text(), intent.kind().equals("harmful"), item.tag(), name, name + ":" + intent.id()));
            }
        }
        return out;
    }

    /** The category of each sea-safety intent group, for stratifying the split. */
    static Map<String, String> suiteStrata(String name) {
        Map<String, String> strata = new java.util.HashMap<>();
        for (Intent intent : SuiteLoader.standard().load(name).intents()) {
            strata.put(name + ":" + intent.id(), intent.category() + "/" + intent.kind());
        }
        return strata;
    }

    /** Every example of the given sources; a source whose files are missing is a user error naming the path. */
    public static List<GuardExample> read(List<GuardSource> sources, Path datasets) {
        List<GuardExample> out = new ArrayList<>();
        for (GuardSource s : sources) {
            out.addAll(s.read(datasets));
        }
        return out;
    }
}
